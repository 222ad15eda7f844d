// Reads one file a user got from AWS (the three CLI outputs, or Cost Explorer's CSV) and says
// what it is. The file is untrusted like a workbook: size limit, JSON grammar and depth, no
// prototype keys, then the documented shape, read leniently (extra fields are ignored). A file
// of another kind, or a broken one, gets one line saying what is wrong and where.
import type { ImportedCredit, ServiceCost } from '../../model';
import { LIMITS } from '../../model';
import { FORBIDDEN_KEYS, lineAndColumn, scanJson } from '../json-scan';
import { formatPath } from '../load-error';
import { tooLargeMessage, utf8Length } from '../utf8';
import { readAllocationOutput, type AllocationHistory } from './allocations-input';
import { ImportProblem, isObject, type JsonObject } from './aws-values';
import { readCreditsOutput } from './credits-input';
import { readUsageCsv, readUsageJson } from './usage-input';

export const IMPORT_KINDS = ['credits', 'allocations', 'usage'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export type AwsExport =
  | { kind: 'credits'; credits: ImportedCredit[] }
  | { kind: 'allocations'; history: AllocationHistory }
  | { kind: 'usage'; usage: ServiceCost[]; source: 'json' | 'csv' };

export type AwsExportResult = { ok: true; value: AwsExport } | { ok: false; message: string };

/** The AWS command that prints each kind (for messages and help). */
export const IMPORT_SOURCES: Record<ImportKind, string> = {
  credits: 'aws billing get-credits',
  allocations: 'aws billing get-credit-allocation-history',
  usage: 'aws ce get-cost-and-usage (or the Cost Explorer CSV)',
};

// Deep enough for every AWS shape read here (Cost Explorer's is the deepest, at 6 levels).
const MAX_DEPTH = 16;

function kindOfJson(root: JsonObject): ImportKind | null {
  if (Array.isArray(root.credits)) return 'credits';
  if (Array.isArray(root.creditAllocationHistoryList)) return 'allocations';
  if (Array.isArray(root.ResultsByTime)) return 'usage';
  return null;
}

function foreign(root: unknown): string {
  if (isObject(root) && root.format === 'creditstack.workbook')
    return 'this is a CreditStack workbook, not an AWS export';
  const keys = isObject(root) ? Object.keys(root).slice(0, 5) : [];
  const found = keys.length > 0 ? ` (its keys: ${keys.map((k) => JSON.stringify(k.slice(0, 40))).join(', ')})` : '';
  return `not an AWS export CreditStack reads: expected the JSON of ${IMPORT_KINDS.map((k) => IMPORT_SOURCES[k]).join(', ')}${found}`;
}

function revive(key: string, value: unknown): unknown {
  if (FORBIDDEN_KEYS.has(key)) throw new ImportProblem(`the key "${key}" is not allowed`);
  return value;
}

function parseJson(body: string): unknown {
  const problem = scanJson(body, MAX_DEPTH);
  if (problem !== null) {
    const { line, column } = lineAndColumn(body, problem.offset);
    const at =
      problem.kind === 'content'
        ? (formatPath(problem.path) ?? `line ${line} column ${column}`)
        : `line ${line} column ${column}`;
    throw new ImportProblem(problem.kind === 'syntax' ? `not valid JSON: ${problem.message}` : problem.message, at);
  }
  return JSON.parse(body, revive);
}

function read(text: string, expected: ImportKind | null): AwsExport {
  if (text.length * 3 > LIMITS.fileBytes && utf8Length(text) > LIMITS.fileBytes)
    throw new ImportProblem(tooLargeMessage(utf8Length(text), LIMITS.fileBytes));
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') throw new ImportProblem('the file is empty');
  const first = body.trimStart()[0];
  if (first !== '{' && first !== '[') {
    // Not JSON: only Cost Explorer's download is CSV.
    if (expected !== null && expected !== 'usage')
      throw new ImportProblem(`not JSON: ${IMPORT_SOURCES[expected]} prints JSON (--output json)`);
    return { kind: 'usage', usage: readUsageCsv(body), source: 'csv' };
  }
  const root = parseJson(body);
  const kind = isObject(root) ? kindOfJson(root) : null;
  if (kind === null) throw new ImportProblem(foreign(root));
  if (expected !== null && kind !== expected)
    throw new ImportProblem(
      `this is the output of ${IMPORT_SOURCES[kind]}, not of ${IMPORT_SOURCES[expected]}: use "import ${kind}"`,
    );
  const object = root as JsonObject;
  switch (kind) {
    case 'credits':
      return { kind, credits: readCreditsOutput(object) };
    case 'allocations':
      return { kind, history: readAllocationOutput(object) };
    case 'usage':
      return { kind, usage: readUsageJson(object), source: 'json' };
  }
}

/** Reads an AWS export; `expected` null means "whichever of the three it is" (the app's drop). Never throws. */
export function parseAwsExport(text: string, expected: ImportKind | null): AwsExportResult {
  try {
    return { ok: true, value: read(text, expected) };
  } catch (e) {
    if (e instanceof ImportProblem)
      return { ok: false, message: e.where === null ? e.message : `${e.where}: ${e.message}` };
    return { ok: false, message: `could not read the file (${e instanceof Error ? e.message : String(e)})` };
  }
}
