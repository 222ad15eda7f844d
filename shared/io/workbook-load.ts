// Loading a workbook file. The file is untrusted: every check runs before the next stage builds
// anything from it (size, encoding, JSON grammar and depth, forbidden keys and non-finite
// numbers, then the version and its migrations, then the strict schema). Nothing here throws:
// every input, however broken, ends as a LoadResult.
import { LIMITS, workbookSchema, type Workbook } from '../model';
import { migrate } from '../model/migrations';
import { formatPath, type LoadError } from './load-error';
import { FORBIDDEN_KEYS, lineAndColumn, scanJson } from './json-scan';
import { issueToLoadError, schemaErrorMap } from './schema-issues';
import { decodeUtf8Strict, tooLargeMessage, utf8Length } from './utf8';

export type LoadResult =
  { ok: true; workbook: Workbook; migratedFrom: number | null } | { ok: false; error: LoadError };

const fail = (message: string, path: string | null = null): LoadResult => ({ ok: false, error: { message, path } });

/**
 * JSON.parse's reviver: turns -0 into 0 and, as a second line of defence behind the scan,
 * refuses prototype keys and non-finite numbers.
 */
function revive(key: string, value: unknown): unknown {
  if (FORBIDDEN_KEYS.has(key)) throw new Error(`the key "${key}" is not allowed`);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error('a number is too large (must be a finite number)');
    if (Object.is(value, -0)) return 0;
  }
  return value;
}

function parseText(text: string): LoadResult {
  // Each UTF-16 unit is 1 to 3 bytes, so most texts need no counting.
  if (text.length * 3 > LIMITS.fileBytes) {
    const bytes = utf8Length(text);
    if (bytes > LIMITS.fileBytes) return fail(tooLargeMessage(bytes, LIMITS.fileBytes));
  }
  // An editor may leave a BOM at the start; it is not part of the JSON.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return fail('the file is empty');

  const problem = scanJson(body, LIMITS.jsonDepth);
  if (problem !== null) {
    const { line, column } = lineAndColumn(body, problem.offset);
    const where = `at line ${line} column ${column}`;
    if (problem.kind === 'syntax') return fail(`not valid JSON: ${problem.message} ${where}`);
    // The depth problem's path would be a long run of [0][0]...; the position says more.
    if (problem.kind === 'depth') return fail(`${problem.message} (${where})`);
    return fail(problem.message, formatPath(problem.path));
  }

  let raw: unknown;
  try {
    raw = JSON.parse(body, revive);
  } catch (e) {
    return fail(`not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }

  const migrated = migrate(raw);
  if (!migrated.ok) return fail(migrated.message, migrated.path);

  const parsed = workbookSchema.safeParse(migrated.value, { error: schemaErrorMap });
  if (!parsed.success) {
    const error = issueToLoadError(parsed.error.issues);
    if (migrated.renamed.length === 0) return { ok: false, error };
    // Paths name the current layout; say how the old file's names map onto it.
    const note = `(this file was upgraded from version ${migrated.from} first: ${migrated.renamed.join('; ')})`;
    return { ok: false, error: { message: `${error.message} ${note}`, path: error.path } };
  }
  return { ok: true, workbook: parsed.data, migratedFrom: migrated.applied.length > 0 ? migrated.from : null };
}

/** Parses and validates workbook text (a leading BOM is accepted). Never throws. */
export function parseWorkbookText(text: string): LoadResult {
  try {
    return parseText(text);
  } catch (e) {
    // Only an engine limit (out of memory, stack) gets here; the file is still refused cleanly.
    return fail(`could not read the file (${e instanceof Error ? e.message : String(e)})`);
  }
}

/** Checks the byte size (LIMITS.fileBytes) BEFORE decoding; decodes UTF-8 strictly (a BOM is accepted); then parseWorkbookText. */
export function parseWorkbookBytes(bytes: Uint8Array): LoadResult {
  try {
    if (bytes.length > LIMITS.fileBytes) return fail(tooLargeMessage(bytes.length, LIMITS.fileBytes));
    if (bytes.length === 0) return fail('the file is empty');
    const decoded = decodeUtf8Strict(bytes);
    if (!decoded.ok) return fail(decoded.message);
    return parseWorkbookText(decoded.text);
  } catch (e) {
    return fail(`could not read the file (${e instanceof Error ? e.message : String(e)})`);
  }
}
