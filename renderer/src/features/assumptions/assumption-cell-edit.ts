// One cell edit of the assumptions grid as a change to the workbook.
import type { Workbook } from '../../../../shared/model';
import { parseQuantityCell } from '../../components/grid-format';
import { applyRangeCellEdit } from '../ranges/range-cell-edit';
import { editAssumption, renameAssumption } from '../../../../shared/engine';

export interface AssumptionEditResult {
  workbook: Workbook;
  /** Formulas rewritten by a rename. */
  rewritten: number;
}

export function applyAssumptionCellEdit(
  wb: Workbook,
  scenarioId: string,
  name: string,
  field: string,
  raw: unknown,
): AssumptionEditResult {
  const text = raw === null || raw === undefined ? '' : String(raw);
  switch (field) {
    case 'name': {
      const next = text.trim();
      if (next === '') return { workbook: wb, rewritten: 0 };
      return renameAssumption(wb, scenarioId, name, next);
    }
    case 'expr':
      // A cleared driver is 0, like a cleared quantity; "3%" is 0.03 (formulas have no % operator).
      return {
        workbook: editAssumption(wb, scenarioId, name, { expr: parseQuantityCell(text, 'share') ?? 0 }),
        rewritten: 0,
      };
    case 'note':
      return { workbook: editAssumption(wb, scenarioId, name, { note: text }), rewritten: 0 };
    default:
      return { workbook: applyRangeCellEdit(wb, scenarioId, name, field, text), rewritten: 0 };
  }
}
