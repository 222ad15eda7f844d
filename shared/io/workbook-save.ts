// Writing a workbook file: pretty JSON (2 spaces) with a stable key order, so that two saves of
// the same model are byte-identical and a diff of two files reads well. Objects follow the
// schema's key order; record keys (priceOverrides, price-book entries) are sorted. Numbers must
// be finite: JSON.stringify would quietly write NaN as null, which is a different model.
import {
  LIMITS,
  assumptionSchema,
  companySchema,
  LINE_KEYS,
  poolSchema,
  scenarioSchema,
  workbookSchema,
  type Workbook,
} from '../model';
import { formatPath } from './load-error';
import { MB, utf8Length } from './utf8';

type JsonObject = Record<string, unknown>;

// Key orders come from the schema itself, so a new field cannot be forgotten here.
const WORKBOOK_KEYS = Object.keys(workbookSchema.shape);
const COMPANY_KEYS = Object.keys(companySchema.shape);
const PRICE_BOOK_KEYS = Object.keys(workbookSchema.shape.priceBook.unwrap().unwrap().shape);
const SCENARIO_KEYS = Object.keys(scenarioSchema.shape);
const ASSUMPTION_KEYS = Object.keys(assumptionSchema.shape);
const POOL_KEYS = Object.keys(poolSchema.in.shape);

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A copy of `obj` with its keys in `order`; keys the order does not know (which a valid model
 * never has) follow, sorted, rather than being dropped. Object.fromEntries defines own
 * properties, so no key can reach a prototype.
 */
function ordered(obj: JsonObject, order: readonly string[], child: (key: string, value: unknown) => unknown = (_k, v) => v): JsonObject {
  const known = order.filter((k) => Object.hasOwn(obj, k));
  const extra = Object.keys(obj)
    .filter((k) => !order.includes(k))
    .sort();
  return Object.fromEntries([...known, ...extra].map((k) => [k, child(k, obj[k])]));
}

function sortedRecord(value: unknown, inner: (v: unknown) => unknown = (v) => v): unknown {
  if (!isObject(value)) return value;
  return ordered(value, Object.keys(value).sort(), (_k, v) => inner(v));
}

const priceTable = (table: unknown) => sortedRecord(table, (fields) => sortedRecord(fields));

const eachObject = (list: unknown, fn: (item: JsonObject) => unknown) =>
  Array.isArray(list) ? list.map((item) => (isObject(item) ? fn(item) : item)) : list;

function canonicalScenario(scenario: JsonObject): JsonObject {
  return ordered(scenario, SCENARIO_KEYS, (key, value) => {
    if (key === 'assumptions') return eachObject(value, (a) => ordered(a, ASSUMPTION_KEYS));
    if (key === 'pools') return eachObject(value, (p) => ordered(p, POOL_KEYS));
    if (key === 'lines') return eachObject(value, (l) => ordered(l, LINE_KEYS.get(String(l.kind)) ?? []));
    return value;
  });
}

function canonicalWorkbook(workbook: Workbook): JsonObject {
  return ordered(workbook as unknown as JsonObject, WORKBOOK_KEYS, (key, value) => {
    if (key === 'company' && isObject(value)) return ordered(value, COMPANY_KEYS);
    if (key === 'priceOverrides') return priceTable(value);
    if (key === 'priceBook' && isObject(value))
      return ordered(value, PRICE_BOOK_KEYS, (k, v) => (k === 'entries' ? priceTable(v) : v));
    if (key === 'scenarios') return eachObject(value, canonicalScenario);
    return value;
  });
}

/** Where the first non-finite number is, for the error message (only walked when there is one). */
function findNonFinite(value: unknown, path: (string | number)[]): { path: (string | number)[]; value: number } | null {
  if (typeof value === 'number') return Number.isFinite(value) ? null : { path, value };
  if (typeof value !== 'object' || value === null) return null;
  for (const [k, v] of Object.entries(value)) {
    const found = findNonFinite(v, [...path, Array.isArray(value) ? Number(k) : k]);
    if (found) return found;
  }
  return null;
}

class NonFiniteNumber extends Error {}

// JSON.stringify would write NaN and Infinity as null; stop instead.
function refuseNonFinite(_key: string, value: unknown): unknown {
  if (typeof value === 'number' && !Number.isFinite(value)) throw new NonFiniteNumber();
  return value;
}

/** Pretty (2-space), stable key order (schema order; record keys such as priceOverrides sorted), trailing newline. Refuses (throws a clear Error) a non-finite number rather than writing null. */
export function serializeWorkbook(workbook: Workbook): string {
  const canonical = canonicalWorkbook(workbook);
  try {
    // The canonical copy already has its keys in file order, so the native writer keeps it
    // (none of the workbook's keys look like array indexes, which JavaScript would move first).
    return `${JSON.stringify(canonical, refuseNonFinite, 2)}\n`;
  } catch (e) {
    if (!(e instanceof NonFiniteNumber)) throw e;
    const found = findNonFinite(canonical, []);
    throw new Error(`cannot save the workbook: ${formatPath(found?.path ?? []) ?? 'a value'} is ${found?.value}, not a finite number`);
  }
}

/**
 * Why `text` must not be saved, or null. A file over the size limit could not be opened again,
 * so it is refused before anything is written (the Electron host checks the same bytes again).
 */
export function saveSizeProblem(text: string): string | null {
  // No UTF-16 unit takes more than 3 bytes in UTF-8: most texts need no counting.
  if (text.length * 3 <= LIMITS.fileBytes) return null;
  const bytes = utf8Length(text);
  if (bytes <= LIMITS.fileBytes) return null;
  return `the workbook would be ${(bytes / MB).toFixed(1)} MB, over the ${LIMITS.fileBytes / MB} MB a CreditStack file may be (it could not be opened again); remove lines or scenarios, or split it into two files`;
}

