// A range edit of the lines grid (paste, fill, Ctrl+Enter, Delete) as one change of the workbook.
// Each cell goes through the same reading as a typed one (lineCellEdit), a pasted choice may be
// its label, and each line is checked by the schema once: only when that fails are its cells
// checked one by one, so a bad cell is named and the line's other cells still apply. Built for
// big pastes (1,000 lines x every column): one pass over the scenario, one schema check a line.
import {
  LINE_FIELD_LABELS,
  lineSchema,
  type Assumption,
  type Line,
  type LineKind,
  type Pool,
  type Workbook,
} from '../../../../shared/model';
import { parseExpression } from '../../../../shared/expr';
import { expressionFailureText } from '../../../../shared/wording';
import { parseQuantityCell } from '../../components/grid-format';
import { readableEditError } from '../../components/grid-format';
import { groupByRow, type RangeEdit, type WriteFailure, type WriteOutcome } from '../../components/grid-writes';
import { freshId, newLine, retypeLine } from '../../../../shared/engine';
import { lineCellEdit } from './line-cell-edit';
import { fieldSpec } from './line-fields';
import { optionsFor, parseCheckboxText, resolveOption } from './line-options';

interface Cell {
  colId: string;
  raw: string | null;
  where: string;
}

const FORMULA_NAMES = new Set(['m', 'month', 'year']);

/**
 * Pasted text in a quantity cell must be a number or a formula that reads and names only the
 * scenario's assumptions: a label that slid into a number column ("Chat assistant", "TBD") is
 * refused rather than kept as a broken formula.
 */
function checkPastedQuantity(
  text: string,
  style: 'count' | 'share' | 'money' | undefined,
  assumptions: readonly Assumption[],
): void {
  const value = parseQuantityCell(text, style ?? 'count');
  if (typeof value !== 'string') return;
  const parsed = parseExpression(value);
  if (!parsed.ok)
    throw new Error(`"${text.trim()}" is neither a number nor a formula (${expressionFailureText(parsed)})`);
  const unknown = parsed.value.symbols.filter(
    (name) => !FORMULA_NAMES.has(name) && !assumptions.some((a) => a.name === name),
  );
  if (unknown.length > 0)
    throw new Error(
      `"${text.trim()}" is not a number, and ${unknown.map((n) => `"${n}"`).join(', ')} is not an assumption`,
    );
}

/** Pasted text as the value the cell's editor would hand over (an option's id, a checkbox state). */
function lineEditorValue(
  field: string,
  text: string | null,
  ctx: Pick<Ctx, 'lines' | 'pools' | 'assumptions'>,
): unknown {
  if (text === null) return null;
  const spec = fieldSpec(field);
  if (spec === undefined) throw new Error('this column cannot be edited');
  if (spec.input === 'checkbox') return parseCheckboxText(text);
  if (spec.input === 'select') return resolveOption(optionsFor(field, ctx.lines, ctx.pools) ?? [], text, spec.header);
  if (spec.input === 'quantity') checkPastedQuantity(text, spec.style, ctx.assumptions);
  return text;
}

const kindFirst = (cells: readonly Cell[]) => [
  ...cells.filter((c) => c.colId === 'kind'),
  ...cells.filter((c) => c.colId !== 'kind'),
];

function failure(where: string, error: unknown): WriteFailure {
  return { where, message: (error instanceof Error ? error : readableEditError(error, LINE_FIELD_LABELS)).message };
}

/** One line's cells applied in order; with `check`, each step is checked by the schema. */
function step(line: Line, cells: readonly Cell[], ctx: Ctx, failures: WriteFailure[] | null, check: boolean): Line {
  let current = line;
  for (const cell of kindFirst(cells)) {
    try {
      const edit = lineCellEdit(current, cell.colId, lineEditorValue(cell.colId, cell.raw, ctx), ctx.startMonth);
      if (edit === null) continue;
      const next = edit.kind === 'changeKind' ? retypeLine(current, edit.to) : ({ ...current, ...edit.patch } as Line);
      if (check) {
        const parsed = lineSchema.safeParse(next);
        if (!parsed.success) throw readableEditError(parsed.error, LINE_FIELD_LABELS);
        current = parsed.data as Line;
      } else current = next;
    } catch (error) {
      failures?.push(failure(cell.where, error));
    }
  }
  return current;
}

interface Ctx {
  lines: readonly Line[];
  pools: readonly Pool[];
  assumptions: readonly Assumption[];
  startMonth: string;
}

function writeLine(line: Line, cells: readonly Cell[], ctx: Ctx, failures: WriteFailure[]): Line {
  const quick: WriteFailure[] = [];
  const draft = step(line, cells, ctx, quick, false);
  if (draft === line) {
    failures.push(...quick);
    return line;
  }
  const parsed = lineSchema.safeParse(draft);
  if (parsed.success) {
    failures.push(...quick);
    return parsed.data as Line;
  }
  // Some cell broke the line: again cell by cell, so only that one is refused.
  return step(line, cells, ctx, failures, true);
}

export function applyLineWrites(
  wb: Workbook,
  scenarioId: string,
  edit: RangeEdit,
  defaultKind: LineKind,
): WriteOutcome {
  const scenario = wb.scenarios.find((s) => s.id === scenarioId);
  if (scenario === undefined) return { workbook: wb, failures: [], added: [] };
  const ctx: Ctx = {
    lines: scenario.lines,
    pools: scenario.pools,
    assumptions: scenario.assumptions,
    startMonth: scenario.startMonth,
  };
  const failures: WriteFailure[] = [];
  const byId = new Map(scenario.lines.map((l) => [l.id, l]));
  const changed = new Map<string, Line>();
  for (const [rowId, cells] of groupByRow(edit.writes)) {
    const line = byId.get(rowId);
    if (line === undefined) continue;
    const next = writeLine(line, cells, ctx, failures);
    if (next !== line) changed.set(rowId, next);
  }

  const taken = new Set(byId.keys());
  const appended: Line[] = [];
  for (const row of edit.appended) {
    const kindCell = row.cells.find((c) => c.colId === 'kind');
    let kind = defaultKind;
    if (kindCell !== undefined) {
      try {
        kind = (lineEditorValue('kind', kindCell.raw, ctx) as LineKind | null) ?? defaultKind;
      } catch (error) {
        failures.push(failure(kindCell.where, error));
      }
    }
    const id = freshId(kind, taken);
    taken.add(id);
    appended.push(
      writeLine(
        newLine(kind, id),
        row.cells.filter((c) => c.colId !== 'kind'),
        ctx,
        failures,
      ),
    );
  }

  if (changed.size === 0 && appended.length === 0) return { workbook: wb, failures, added: [] };
  const lines = [...scenario.lines.map((l) => changed.get(l.id) ?? l), ...appended];
  const workbook = { ...wb, scenarios: wb.scenarios.map((s) => (s.id === scenarioId ? { ...s, lines } : s)) };
  return { workbook, failures, added: appended.map((l) => l.id) };
}
