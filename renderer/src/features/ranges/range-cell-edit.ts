// A range cell of the assumptions grid as a change to the workbook. An impossible range throws:
// the store's commit shows the message and keeps the workbook as it was.
import { updateAssumption } from '../../../../shared/engine';
import type { Assumption, Workbook } from '../../../../shared/model';
import { pointNumber } from '../../../../shared/ranges/assumption-values';
import { editRangeField, RANGE_FIELDS, type RangeField } from '../../../../shared/ranges/range-edit';

const isRangeField = (field: string): field is RangeField => (RANGE_FIELDS as readonly string[]).includes(field);

export function applyRangeCellEdit(
  wb: Workbook,
  scenarioId: string,
  name: string,
  field: string,
  text: string,
): Workbook {
  if (!isRangeField(field)) return wb;
  const assumption = wb.scenarios.find((s) => s.id === scenarioId)?.assumptions.find((a) => a.name === name);
  if (assumption === undefined) return wb;
  const edit = editRangeField(assumption.range, pointNumber(assumption), field, text);
  if (!edit.ok) throw new Error(edit.message);
  if (edit.range === assumption.range) return wb;
  if (edit.range !== undefined) return updateAssumption(wb, scenarioId, name, { range: edit.range });
  // No range: the field is left out (not set to undefined), as in a file that never had one.
  const { range: _range, ...rest } = assumption;
  const without = (a: Assumption): Assumption => (a === assumption ? rest : a);
  return {
    ...wb,
    scenarios: wb.scenarios.map((s) => (s.id === scenarioId ? { ...s, assumptions: s.assumptions.map(without) } : s)),
  };
}
