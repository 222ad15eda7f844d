// Upgrades older workbook files to the current format, in memory. Each step is a pure function
// from one version's raw JSON to the next; steps run in order and never touch the file on disk
// (the upgraded workbook is written in the current version only when the user saves).
//
// Version 0 is the pre-release draft format. It differs from version 1 in three names only:
//   - the file had no "format" field, just "version": 0;
//   - the scenario list was called "plans";
//   - a scenario's credit pools were called "credits", and a pool's validity was
//     "expiresAfterMonths" instead of "validityMonths".
// Everything else (company, priceOverrides, lines, assumptions) was already as in version 1.

export const CURRENT_VERSION = 2;
export const WORKBOOK_FORMAT = 'creditstack.workbook';

export interface MigrationStep {
  from: number;
  to: number;
  /** What the step changes, in words a user can follow (shown when an upgraded file has a problem). */
  describe: string;
  /** Whether the step moves or renames fields (then an error in the upgraded file says how names map). */
  renames: boolean;
  migrate(raw: unknown): unknown;
}

export type MigrationResult =
  | {
      ok: true;
      value: unknown;
      /** The version the file was written in (CURRENT_VERSION when nothing was migrated). */
      from: number;
      /** The `describe` of every step applied, in order. */
      applied: readonly string[];
      /** The `describe` of the applied steps that moved or renamed fields. */
      renamed: readonly string[];
    }
  | { ok: false; message: string; /** Dotted JSON path, or null for the whole file. */ path: string | null };

/** A step found something it cannot carry forward (a hostile or hand-broken old file). */
class MigrationError extends Error {
  constructor(
    message: string,
    readonly path: string | null,
  ) {
    super(message);
  }
}

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A copy of `obj` with key `from` renamed to `to`, keeping key order. Object.fromEntries defines
 * own properties, so even a key like "__proto__" cannot reach a prototype.
 */
function renameKey(obj: JsonObject, from: string, to: string, path: string): JsonObject {
  if (!Object.hasOwn(obj, from)) return obj;
  if (Object.hasOwn(obj, to))
    throw new MigrationError(`unknown field "${to}" (a version 0 file keeps this in "${from}")`, path || null);
  return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k === from ? to : k, v]));
}

const v0ToV1: MigrationStep = {
  from: 0,
  to: 1,
  describe: '"plans" became "scenarios", "credits" became "pools", "expiresAfterMonths" became "validityMonths"',
  renames: true,
  migrate(raw) {
    if (!isObject(raw)) return raw;
    const { format: _format, version: _version, ...rest } = renameKey(raw, 'plans', 'scenarios', '');
    const out: JsonObject = { format: WORKBOOK_FORMAT, version: 1, ...rest };
    if (Array.isArray(out.scenarios))
      out.scenarios = out.scenarios.map((scenario: unknown, s) => {
        if (!isObject(scenario)) return scenario;
        const renamed = renameKey(scenario, 'credits', 'pools', `scenarios[${s}]`);
        if (!Array.isArray(renamed.pools)) return renamed;
        const pools = renamed.pools.map((pool: unknown, p) =>
          isObject(pool)
            ? renameKey(pool, 'expiresAfterMonths', 'validityMonths', `scenarios[${s}].pools[${p}]`)
            : pool,
        );
        return { ...renamed, pools };
      });
    return out;
  },
};

// Version 2 only adds optional fields (based-on scenarios, cache writes, ranges, actuals), so a
// version 1 file is already a valid version 2 file once its number says so.
const v1ToV2: MigrationStep = {
  from: 1,
  to: 2,
  describe: 'version 2 adds optional fields only (scenarios based on another, and more)',
  renames: false,
  migrate(raw) {
    if (!isObject(raw)) return raw;
    return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, k === 'version' ? 2 : v]));
  },
};

/** Every step, ordered by `from`. A new version adds one step at the end. */
export const MIGRATIONS: readonly MigrationStep[] = [v0ToV1, v1ToV2];

function describeValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value);
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return String(value);
}

/**
 * Checks that `raw` is a CreditStack workbook of a version this app reads, and upgrades it to
 * CURRENT_VERSION. Never throws; a current-version input is returned unchanged (the same object).
 */
export function migrate(raw: unknown): MigrationResult {
  if (!isObject(raw))
    return {
      ok: false,
      message: `not a CreditStack workbook (the file holds ${describeValue(raw)}, not an object)`,
      path: null,
    };
  const hasFormat = Object.hasOwn(raw, 'format');
  if (hasFormat && raw.format !== WORKBOOK_FORMAT)
    return { ok: false, message: `not a CreditStack workbook (format is ${describeValue(raw.format)})`, path: null };
  const version = raw.version;
  // The draft format (version 0) is the only one without a "format" field.
  if (!hasFormat && version !== 0)
    return { ok: false, message: 'not a CreditStack workbook (format is missing)', path: null };
  if (version === undefined) return { ok: false, message: 'is missing', path: 'version' };
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 0)
    return { ok: false, message: `must be a whole number, not ${describeValue(version)}`, path: 'version' };
  if (version > CURRENT_VERSION)
    return {
      ok: false,
      message: `made by a newer version of CreditStack (file version ${version}, this app reads up to ${CURRENT_VERSION})`,
      path: null,
    };
  let value: unknown = raw;
  const applied: string[] = [];
  const renamed: string[] = [];
  try {
    for (let v = version; v < CURRENT_VERSION;) {
      const step = MIGRATIONS.find((m) => m.from === v);
      if (!step) return { ok: false, message: `cannot upgrade files of version ${v}`, path: null };
      value = step.migrate(value);
      applied.push(step.describe);
      if (step.renames) renamed.push(step.describe);
      v = step.to;
    }
  } catch (e) {
    if (e instanceof MigrationError) return { ok: false, message: e.message, path: e.path };
    return { ok: false, message: `could not upgrade the file from version ${version} (${String(e)})`, path: null };
  }
  return { ok: true, value, from: version, applied, renamed };
}
