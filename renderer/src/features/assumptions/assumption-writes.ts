// A range edit of the assumptions grid as one change of the workbook, cell by cell. A pasted
// name renames the driver (and every formula using it), so in each row it is written last.
import type { Workbook } from '../../../../shared/model';
import { applyCellByCell, type RangeEdit, type WriteOutcome } from '../../components/grid-writes';
import { addAssumption } from '../../../../shared/engine';
import { applyAssumptionCellEdit } from './assumption-cell-edit';

export function applyAssumptionWrites(wb: Workbook, scenarioId: string, edit: RangeEdit): WriteOutcome {
  return applyCellByCell(wb, edit, {
    lastColumns: new Set(['name']),
    applyCell: (workbook, rowId, colId, raw) => {
      const r = applyAssumptionCellEdit(workbook, scenarioId, rowId, colId, raw);
      const renamed = colId === 'name' && r.workbook !== workbook ? String(raw ?? '').trim() : rowId;
      return { workbook: r.workbook, rowId: renamed };
    },
    addRow: (workbook) => {
      const r = addAssumption(workbook, scenarioId);
      return { workbook: r.workbook, rowId: r.name, used: new Set<string>() };
    },
  });
}
