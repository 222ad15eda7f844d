// The one renderer store, in slices (zustand's slices pattern): the document with its undo
// history, the engine's results, the Compare view, and the window's own state. Components
// select narrowly (`useStore((s) => s.byScenario.get(id))`); code outside React uses
// `useStore.getState()`. Middleware, if any, goes here at the root only.
import { create } from 'zustand';
import { createResultsSlice, type ResultsState } from '../engine-host/results-slice';
import { createCompareSlice, type CompareActions, type CompareState } from '../features/compare/compare-slice';
import { createDocumentSlice, type DocumentActions, type DocumentState } from './document-slice';
import { createUiSlice, type UiActions, type UiState } from './ui-slice';

export type Store = DocumentState &
  DocumentActions &
  ResultsState &
  CompareState &
  CompareActions &
  UiState &
  UiActions;

export const useStore = create<Store>()((...a) => ({
  ...createDocumentSlice(...a),
  ...createResultsSlice(...a),
  ...createCompareSlice(...a),
  ...createUiSlice(...a),
}));
