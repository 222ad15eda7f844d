// A range edit committed as one undo step, then the notice that says which cells were not applied.
import type { Workbook } from '../../../shared/model';
import { useStore } from '../store/store';
import { outcomeNotice, type RangeEdit, type WriteOutcome } from './grid-writes';

export function commitRangeEdit(edit: RangeEdit, apply: (wb: Workbook) => WriteOutcome): void {
  // The outcome is also kept when nothing changed (every cell refused), to say why.
  let outcome: WriteOutcome | null = null;
  const made = useStore.getState().commit(edit.label, (wb) => {
    const o = apply(wb);
    // Paste -> KPIs is timed in the e2e run; this splits it into the page's part and the engine's.
    performance.mark('range-edit-applied');
    return (outcome = o);
  });
  if (outcome === null) return;
  const notice = outcomeNotice(edit, outcome, made !== null);
  if (notice !== null) useStore.getState().notify(notice);
}
