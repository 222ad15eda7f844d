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
  linkedScenarioSchema,
  scenarioChangeSchema,
  scenarioSchema,
  workbookObjectSchema,
  linkStubOf,
  type Scenario,
  type Workbook,
} from '../model';
import { formatPath } from './load-error';
import { MB, utf8Length } from './utf8';

type JsonObject = Record<string, unknown>;

// Key orders come from the schema itself, so a new field cannot be forgotten here.
const WORKBOOK_KEYS = Object.keys(workbookObjectSchema.shape);
const COMPANY_KEYS = Object.keys(companySchema.shape);
const PRICE_BOOK_KEYS = Object.keys(workbookObjectSchema.shape.priceBook.unwrap().unwrap().shape);
const SCENARIO_KEYS = Object.keys(scenarioSchema.shape);
const ASSUMPTION_KEYS = Object.keys(assumptionSchema.shape);
const POOL_KEYS = Object.keys(poolSchema.in.shape);
const LINKED_KEYS = Object.keys(linkedScenarioSchema.shape);
const CHANGE_KEYS: ReadonlyMap<string, string[]> = new Map(
  scenarioChangeSchema.options.map((option) => [option.shape.op.value, Object.keys(option.shape)]),
);

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A copy of `obj` with its keys in `order`; keys the order does not know (which a valid model
 * never has) follow, sorted, rather than being dropped. Object.fromEntries defines own
 * properties, so no key can reach a prototype.
 */
function ordered(
  obj: JsonObject,
  order: readonly string[],
  child: (key: string, value: unknown) => unknown = (_k, v) => v,
): JsonObject {
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

const orderedLine = (l: JsonObject) => ordered(l, LINE_KEYS.get(String(l.kind)) ?? []);
const orderedPool = (p: JsonObject) => ordered(p, POOL_KEYS);
const orderedAssumption = (a: JsonObject) => ordered(a, ASSUMPTION_KEYS);

function canonicalScenario(scenario: JsonObject): JsonObject {
  return ordered(scenario, SCENARIO_KEYS, (key, value) => {
    if (key === 'assumptions') return eachObject(value, orderedAssumption);
    if (key === 'pools') return eachObject(value, orderedPool);
    if (key === 'lines') return eachObject(value, orderedLine);
    return value;
  });
}

/** One change of a based-on scenario: "op" first, then the option's own fields, rows in file order. */
function canonicalChange(change: JsonObject): JsonObject {
  return ordered(change, CHANGE_KEYS.get(String(change.op)) ?? [], (key, value) => {
    if (!isObject(value)) return value;
    if (key === 'line') return orderedLine(value);
    if (key === 'pool') return orderedPool(value);
    if (key === 'assumption') return orderedAssumption(value);
    return value;
  });
}

/** A based-on scenario is written as what it is made of (its base and its changes), never as the resolved copy. */
function storedScenario(scenario: Scenario): JsonObject {
  const stub = linkStubOf(scenario);
  if (stub === null) return canonicalScenario(scenario as unknown as JsonObject);
  return ordered(stub as unknown as JsonObject, LINKED_KEYS, (key, value) =>
    key === 'changes' ? eachObject(value, canonicalChange) : value,
  );
}

function canonicalWorkbook(workbook: Workbook): JsonObject {
  return ordered(workbook as unknown as JsonObject, WORKBOOK_KEYS, (key, value) => {
    if (key === 'company' && isObject(value)) return ordered(value, COMPANY_KEYS);
    if (key === 'priceOverrides') return priceTable(value);
    if (key === 'priceBook' && isObject(value))
      return ordered(value, PRICE_BOOK_KEYS, (k, v) => (k === 'entries' ? priceTable(v) : v));
    if (key === 'scenarios') return Array.isArray(value) ? value.map((s: Scenario) => storedScenario(s)) : value;
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
    throw new Error(
      `cannot save the workbook: ${formatPath(found?.path ?? []) ?? 'a value'} is ${found?.value}, not a finite number`,
      { cause: e },
    );
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
