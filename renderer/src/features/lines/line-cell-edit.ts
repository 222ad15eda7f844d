// One cell edit of the lines grid as a change to the workbook. What the editor hands over
// (text, an option, a checkbox state, or null when the cell is cleared with Delete) becomes a
// patch the schema checks; anything the schema refuses becomes a readable Error, which the
// store turns into a notice while the cell keeps its old value.
import { LINE_FIELD_LABELS, LINE_KINDS, type Line, type LineKind, type Workbook } from '../../../../shared/model';
import { parseMonthInput, parseQuantityCell, readableEditError } from '../../components/grid-format';
import { changeLineKind, updateLine } from '../../../../shared/engine';
import { formatMonth } from '../../../../shared/wording';
import { fieldApplies, fieldSpec } from './line-fields';

export type LineCellEdit =
  { kind: 'patch'; patch: Record<string, unknown> } | { kind: 'changeKind'; to: LineKind } | null;

function text(raw: unknown): string {
  return raw === null || raw === undefined ? '' : String(raw);
}

/**
 * What an edit of `field` to `raw` means for `line`; null when it changes nothing (a cleared
 * required select, an unchanged value). Throws a readable Error for text the field cannot hold.
 */
export function lineCellEdit(line: Line, field: string, raw: unknown, startMonth: string): LineCellEdit {
  const spec = fieldSpec(field);
  if (spec === undefined || !fieldApplies(spec, line.kind)) return null;
  const current = (line as Record<string, unknown>)[field];
  const cleared = raw === null || raw === undefined;
  let value: unknown;

  switch (spec.input) {
    case 'text':
      // A cleared region goes back to the default rather than to an empty region.
      value = field === 'region' && (cleared || text(raw).trim() === '') ? 'us-east-1' : text(raw).trim();
      break;
    case 'note':
      value = text(raw);
      break;
    case 'checkbox':
      if (cleared) return null;
      value = raw === true || raw === 'true';
      break;
    case 'quantity': {
      const parsed = cleared ? null : parseQuantityCell(text(raw), spec.style ?? 'count');
      value = parsed === null ? (spec.nullable ? null : 0) : parsed;
      break;
    }
    case 'month': {
      const parsed = cleared ? null : parseMonthInput(text(raw), startMonth);
      value = parsed === null ? (spec.nullable ? null : 0) : parsed;
      const start = field === 'startMonth' ? (value as number) : line.startMonth;
      const end = field === 'endMonth' ? (value as number | null) : line.endMonth;
      if (end !== null && end < start)
        throw new Error(
          `the line would end (${formatMonth(startMonth, end)}) before it starts (${formatMonth(startMonth, start)})`,
        );
      break;
    }
    case 'select': {
      // The "—" option of an optional select is the empty string.
      const picked = cleared || raw === '' ? null : String(raw);
      if (picked === null && !spec.nullable) return null;
      if (field === 'kind') {
        if (!(LINE_KINDS as readonly string[]).includes(picked!)) throw new Error(`"${picked}" is not a line kind`);
        return picked === line.kind ? null : { kind: 'changeKind', to: picked as LineKind };
      }
      value = picked;
      break;
    }
  }
  if (Object.is(value, current)) return null;
  const patch: Record<string, unknown> = { [field]: value };
  // A service line costs its monthly cost when one is set; choosing quantity x price means dropping it.
  if (line.kind === 'service' && (field === 'quantity' || field === 'priceItem') && value !== null)
    patch.monthlyCost = null;
  return { kind: 'patch', patch };
}

/** Applies one cell edit to the workbook (pure; throws a readable Error when refused). */
export function applyLineCellEdit(
  wb: Workbook,
  scenarioId: string,
  lineId: string,
  field: string,
  raw: unknown,
): Workbook {
  const scenario = wb.scenarios.find((s) => s.id === scenarioId);
  const line = scenario?.lines.find((l) => l.id === lineId);
  if (scenario === undefined || line === undefined) return wb;
  const edit = lineCellEdit(line, field, raw, scenario.startMonth);
  if (edit === null) return wb;
  try {
    if (edit.kind === 'changeKind') return changeLineKind(wb, scenarioId, lineId, edit.to);
    if (edit.patch.fundedBy != null && !scenario.pools.some((p) => p.id === edit.patch.fundedBy))
      throw new Error(`there is no pool "${String(edit.patch.fundedBy)}" in this scenario`);
    return updateLine(wb, scenarioId, lineId, edit.patch);
  } catch (error) {
    throw readableEditError(error, LINE_FIELD_LABELS);
  }
}
