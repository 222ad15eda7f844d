// View > Lines, Credit Pools, Assumptions, Results, Issues: the window scrolls the panel into
// view and puts the keyboard there (a grid's current row, or its first; otherwise the panel).
import { useCallback, useEffect, useRef } from 'react';
import type { CommandGrid } from '../../../shared/ipc';
import { selectActiveScenario } from '../store/document-slice';
import { useStore } from '../store/store';
import type { PanelId } from '../store/ui-slice';

const GRID_OF_PANEL: Partial<Record<PanelId, CommandGrid>> = {
  lines: 'line',
  pools: 'pool',
  assumptions: 'assumption',
};

function rowIds(grid: CommandGrid): string[] {
  const scenario = selectActiveScenario(useStore.getState());
  if (grid === 'line') return scenario.lines.map((l) => l.id);
  if (grid === 'pool') return scenario.pools.map((p) => p.id);
  return scenario.assumptions.map((a) => a.name);
}

/** Returns the props that make an element a panel the View commands can reveal. */
export function useRevealedPanel(): (id: PanelId) => {
  ref: (el: HTMLElement | null) => void;
  tabIndex: number;
  'data-panel': PanelId;
} {
  const elements = useRef(new Map<PanelId, HTMLElement>());
  const reveal = useStore((s) => s.reveal);
  useEffect(() => {
    if (reveal === null) return;
    const element = elements.current.get(reveal.panel);
    useStore.setState({ reveal: null });
    if (element === undefined) return;
    element.scrollIntoView({ block: 'start' });
    const grid = GRID_OF_PANEL[reveal.panel];
    const current = grid === undefined ? null : useStore.getState().currentRow[grid];
    const ids = grid === undefined ? [] : rowIds(grid);
    const id = current !== null && ids.includes(current.id) ? current.id : ids[0];
    if (grid !== undefined && id !== undefined)
      useStore.getState().focusRow({ grid, id, colId: current?.colId ?? undefined });
    else element.focus({ preventScroll: true });
  }, [reveal]);
  return useCallback(
    (id: PanelId) => ({
      ref: (el: HTMLElement | null) => {
        if (el === null) elements.current.delete(id);
        else elements.current.set(id, el);
      },
      tabIndex: -1,
      'data-panel': id,
    }),
    [],
  );
}
