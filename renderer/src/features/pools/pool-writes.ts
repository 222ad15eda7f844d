// A range edit of the pools grid as one change of the workbook, cell by cell (a scenario has a
// handful of pools): a pasted program may be its name, Included/Paused take TRUE/FALSE.
import { PROGRAM_IDS, PROGRAMS, type ProgramId, type Workbook } from '../../../../shared/model';
import { applyCellByCell, type RangeEdit, type WriteOutcome } from '../../components/grid-writes';
import { addPool } from '../../../../shared/engine';
import { parseCheckboxText, resolveOption } from '../lines/line-options';
import { applyPoolCellEdit } from './pool-cell-edit';

const PROGRAM_OPTIONS = PROGRAM_IDS.map((id) => ({ id, label: PROGRAMS[id].name }));

/** Pasted text as the value the cell's editor would hand over. */
function poolEditorValue(field: string, text: string | null): unknown {
  if (text === null) return null;
  if (field === 'program') return resolveOption(PROGRAM_OPTIONS, text, 'program');
  if (field === 'included' || field === 'paused') return parseCheckboxText(text);
  return text;
}

export function applyPoolWrites(wb: Workbook, scenarioId: string, edit: RangeEdit): WriteOutcome {
  return applyCellByCell(wb, edit, {
    applyCell: (workbook, rowId, colId, raw) => ({
      workbook: applyPoolCellEdit(workbook, scenarioId, rowId, colId, poolEditorValue(colId, raw)),
      rowId,
    }),
    addRow: (workbook, cells) => {
      // A pasted Program column decides the new pool's program (and so its defaults).
      const programCell = cells.find((c) => c.colId === 'program');
      const program =
        (programCell === undefined ? null : (poolEditorValue('program', programCell.raw) as ProgramId | null)) ??
        'portfolio';
      const r = addPool(workbook, scenarioId, program);
      return { workbook: r.workbook, rowId: r.poolId, used: new Set(programCell === undefined ? [] : ['program']) };
    },
  });
}
