// The engine's answers in the store: the latest results per scenario and what went wrong, if
// anything. Only engine-host writes here; panels read narrowly (one scenario's result).
import type { StateCreator } from 'zustand';
import type { ScenarioResult } from '../../../shared/engine';
import type { Store } from '../store/store';
import type { WorkbookPrice } from '../features/prices/workbook-prices';

export interface ResultsState {
  /** Results per scenario id, for the document last computed. */
  byScenario: ReadonlyMap<string, ScenarioResult>;
  computeMs: number;
  /** Why the engine could not answer; the figures on screen are then the last good ones. */
  engineError: string | null;
  /** Set while a restarted engine recomputes: the figures on screen are from before it stopped. */
  engineRestart: string | null;
  /** The prices the document's lines use (the Prices panel's rows), worked out by the worker. */
  prices: WorkbookPrice[];
}

export const createResultsSlice: StateCreator<Store, [], [], ResultsState> = () => ({
  byScenario: new Map(),
  computeMs: 0,
  engineError: null,
  engineRestart: null,
  prices: [],
});
