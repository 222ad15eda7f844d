import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWorkbookText, serializeWorkbook } from '../../../shared/io';
import { workbookSchema } from '../../../shared/model';
import { CURRENT_VERSION, MIGRATIONS, migrate, WORKBOOK_FORMAT } from '../../../shared/model/migrations';
import { workbookInputArb } from './workbook-arbitrary';

/** A frozen version 0 (draft format) file. Keep it forever: it is what old files look like. */
const V0_FILE = {
  version: 0,
  title: 'Draft plan',
  company: { name: 'Acme AI', stage: 'seed' },
  plans: [
    {
      id: 'base',
      name: 'Base',
      startMonth: '2026-07',
      credits: [
        { id: 'act', name: 'Activate', program: 'portfolio', amount: 100000, expiresAfterMonths: 18 },
        { id: 'poc', program: 'bedrock-poc', amount: 25000 },
      ],
      lines: [{ id: 'chat', kind: 'bedrock', model: 'claude-sonnet-4', inputTokensPerDay: '2e6', fundedBy: 'poc' }],
    },
    { id: 'empty', startMonth: '2026-07' },
  ],
};

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

/** Writes a version 1 file's content in the version 0 layout (the inverse of the 0 -> 1 step). */
function toV0(v1: Record<string, unknown>): Record<string, unknown> {
  const { format: _format, version: _version, scenarios, ...rest } = v1;
  const plans = (scenarios as Record<string, unknown>[]).map(({ pools, ...scenario }) => {
    if (pools === undefined) return scenario;
    const credits = (pools as Record<string, unknown>[]).map(({ validityMonths, ...pool }) =>
      validityMonths === undefined ? pool : { ...pool, expiresAfterMonths: validityMonths },
    );
    return { ...scenario, credits };
  });
  return { version: 0, ...rest, plans };
}

describe('the migration list', () => {
  it('is a gapless chain from version 0 to the current version', () => {
    expect(MIGRATIONS.map((m) => [m.from, m.to])).toEqual([
      [0, 1],
      [1, 2],
    ]);
    expect(MIGRATIONS.at(-1)?.to).toBe(CURRENT_VERSION);
    MIGRATIONS.forEach((m, i) => {
      expect(m.to).toBe(m.from + 1);
      if (i > 0) expect(m.from).toBe(MIGRATIONS[i - 1].to);
      expect(m.describe.length).toBeGreaterThan(0);
    });
  });
});

describe('migrate', () => {
  it('upgrades a version 0 file: plans -> scenarios, credits -> pools, expiresAfterMonths -> validityMonths', () => {
    const input = deepFreeze(structuredClone(V0_FILE));
    const r = migrate(input);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.from).toBe(0);
    expect(r.applied).toEqual([MIGRATIONS[0].describe, MIGRATIONS[1].describe]);
    expect(r.renamed).toEqual([MIGRATIONS[0].describe]);
    expect(r.value).toEqual({
      format: WORKBOOK_FORMAT,
      version: 2,
      title: 'Draft plan',
      company: { name: 'Acme AI', stage: 'seed' },
      scenarios: [
        {
          id: 'base',
          name: 'Base',
          startMonth: '2026-07',
          pools: [
            { id: 'act', name: 'Activate', program: 'portfolio', amount: 100000, validityMonths: 18 },
            { id: 'poc', program: 'bedrock-poc', amount: 25000 },
          ],
          lines: [{ id: 'chat', kind: 'bedrock', model: 'claude-sonnet-4', inputTokensPerDay: '2e6', fundedBy: 'poc' }],
        },
        { id: 'empty', startMonth: '2026-07' },
      ],
    });
    // Pure: the (frozen) input is untouched.
    expect(input).toEqual(V0_FILE);
  });

  it('returns a current-version file unchanged, as the same object', () => {
    const v2 = { format: WORKBOOK_FORMAT, version: 2, scenarios: [] };
    const r = migrate(v2);
    expect(r).toEqual({ ok: true, value: v2, from: 2, applied: [], renamed: [] });
    expect(r.ok && r.value).toBe(v2);
  });

  it('upgrades a version 1 file by its number alone: version 2 only adds optional fields', () => {
    const v1 = deepFreeze({
      format: WORKBOOK_FORMAT,
      version: 1,
      title: 'T',
      scenarios: [{ id: 's', startMonth: '2027-01' }],
    });
    const r = migrate(v1);
    expect(r).toEqual({
      ok: true,
      value: { format: WORKBOOK_FORMAT, version: 2, title: 'T', scenarios: [{ id: 's', startMonth: '2027-01' }] },
      from: 1,
      applied: [MIGRATIONS[1].describe],
      renamed: [],
    });
    // Key order is kept, so an upgraded file reads like the old one.
    expect(r.ok && Object.keys(r.value as object)).toEqual(['format', 'version', 'title', 'scenarios']);
  });

  it('is idempotent: migrating the result again changes nothing', () => {
    const once = migrate(V0_FILE);
    const twice = once.ok ? migrate(once.value) : once;
    expect(twice.ok && once.ok && twice.value).toEqual(once.ok && once.value);
    expect(twice.ok && twice.from).toBe(2);
  });

  it('refuses a version 0 file that also has "scenarios" (it cannot be both)', () => {
    expect(migrate({ ...V0_FILE, scenarios: [] })).toEqual({
      ok: false,
      message: 'unknown field "scenarios" (a version 0 file keeps this in "plans")',
      path: null,
    });
    const both = { ...V0_FILE, plans: [{ ...V0_FILE.plans[0], pools: [] }] };
    expect(migrate(both)).toEqual({
      ok: false,
      message: 'unknown field "pools" (a version 0 file keeps this in "credits")',
      path: 'scenarios[0]',
    });
  });

  it.each([
    [[], 'not a CreditStack workbook (the file holds a list, not an object)', null],
    [null, 'not a CreditStack workbook (the file holds null, not an object)', null],
    [{}, 'not a CreditStack workbook (format is missing)', null],
    [{ version: 1 }, 'not a CreditStack workbook (format is missing)', null],
    [{ format: 'x', version: 1 }, 'not a CreditStack workbook (format is "x")', null],
    [{ format: 3, version: 1 }, 'not a CreditStack workbook (format is 3)', null],
    [{ format: WORKBOOK_FORMAT }, 'is missing', 'version'],
    [{ format: WORKBOOK_FORMAT, version: '1' }, 'must be a whole number, not "1"', 'version'],
    [
      { format: WORKBOOK_FORMAT, version: 3 },
      'made by a newer version of CreditStack (file version 3, this app reads up to 2)',
      null,
    ],
  ])('refuses %j', (raw, message, path) => {
    expect(migrate(raw)).toEqual({ ok: false, message, path });
  });
});

describe('loading a version 0 file', () => {
  it('loads it upgraded, reports the old version, and saves it as version 2', () => {
    const r = parseWorkbookText(JSON.stringify(V0_FILE));
    if (!r.ok) throw new Error(r.error.message);
    expect(r.migratedFrom).toBe(0);
    const [base] = r.workbook.scenarios;
    // expiresAfterMonths: 18 became validityMonths; the POC pool takes its program's 12 months.
    expect(base.pools.map((p) => [p.id, p.validityMonths])).toEqual([
      ['act', 18],
      ['poc', 12],
    ]);
    expect(base.lines[0]).toMatchObject({ id: 'chat', fundedBy: 'poc', inputTokensPerDay: '2e6' });
    const saved = serializeWorkbook(r.workbook);
    expect(saved.startsWith('{\n  "format": "creditstack.workbook",\n  "version": 2,\n')).toBe(true);
    expect(saved).not.toMatch(/"plans"|"credits"|"expiresAfterMonths"/);
    // The saved file is now current: loading it migrates nothing.
    const again = parseWorkbookText(saved);
    expect(again.ok && again.migratedFrom).toBeNull();
  });

  it('explains a problem in a version 0 file with the version 1 path and how the names moved', () => {
    const bad = structuredClone(V0_FILE);
    (bad.plans[0].credits![1] as Record<string, unknown>).amount = 'lots';
    const r = parseWorkbookText(JSON.stringify(bad));
    expect(r).toEqual({
      ok: false,
      error: {
        path: 'scenarios[0].pools[1].amount',
        message:
          'must be a number, not text (this file was upgraded from version 0 first: "plans" became "scenarios", ' +
          '"credits" became "pools", "expiresAfterMonths" became "validityMonths")',
      },
    });
  });

  it('gives the same workbook as the version 1 file it corresponds to, for random workbooks', () => {
    fc.assert(
      fc.property(workbookInputArb, (v1) => {
        const expected = workbookSchema.parse(v1);
        const r = parseWorkbookText(JSON.stringify(toV0(v1)));
        expect(r.ok ? null : r.error).toBeNull();
        if (!r.ok) return;
        expect(r.migratedFrom).toBe(0);
        expect(r.workbook).toEqual(expected);
      }),
      { numRuns: 100 },
    );
  });
});
