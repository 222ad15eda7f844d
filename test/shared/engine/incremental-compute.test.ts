// The engine remembers each scenario's last computation and redoes only what changed: the lines
// whose objects changed (their costs, month-by-month table, results and issues), their
// eligibility, the Bedrock lines by id, and everything when the assumptions change. Whatever the
// sequence of changes, a reused engine must give exactly what a fresh engine gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEngine, type ScenarioResult } from '../../../shared/engine';
import { workbookSchema, type Line, type Scenario, type Workbook } from '../../../shared/model';
import { workbookInputArb } from '../model/workbook-arbitrary';
import { flat, workbook } from './fixtures';

/** Every figure and issue, typed arrays as plain arrays (toEqual then tells 0 from -0). */
function plain(results: ScenarioResult[]) {
  return results.map((r) => ({
    ...r,
    cost: Array.from(r.cost),
    credits: Array.from(r.credits),
    cash: Array.from(r.cash),
    pools: r.pools.map((p) => ({ ...p, draw: Array.from(p.draw), balance: Array.from(p.balance) })),
    lines: r.lines.map((l) => ({ ...l, monthly: Array.from(l.monthly) })),
  }));
}

/** A plan whose lines use shared assumptions, whose pools run dry, with Bedrock support lines. */
function plan(growth: number, lineCount: number, allocation: Scenario['allocation'] = 'aws-billing'): Workbook {
  const lines = Array.from({ length: lineCount }, (_, i) => {
    const head = {
      id: `l${i}`,
      name: `Line ${i}`,
      workstream: i % 3 === 0 ? 'Chat' : 'Search',
      fundedBy: i % 4 === 0 ? 'poc' : i % 4 === 1 ? 'port' : null,
    };
    if (i % 3 === 0)
      return {
        ...head,
        kind: 'bedrock',
        model: 'claude-3-haiku',
        inputTokensPerDay: `${1 + i} * 1e6 * (1 + growth)^m`,
        outputTokensPerDay: 2e5,
      };
    if (i % 3 === 1)
      return {
        ...head,
        kind: 'service',
        service: 's3',
        monthlyCost: i % 2 === 0 ? 400 : '300 * (1 + annual)',
        supports: `l${i - 1}`,
      };
    return { ...head, kind: 'endpoint', instanceType: 'g5.xlarge', instanceCount: 'm < 6 ? 1 : 2' };
  });
  return workbookSchema.parse({
    format: 'creditstack.workbook',
    version: 1,
    company: { cashOnHand: 1e6, otherMonthlyBurn: 5e4 },
    scenarios: [
      {
        id: 's',
        name: 'Plan',
        startMonth: '2027-01',
        horizonMonths: 24,
        allocation,
        assumptions: [
          { name: 'growth', expr: growth },
          { name: 'annual', expr: '12 * growth' },
        ],
        pools: [
          { id: 'poc', program: 'bedrock-poc', amount: 20_000, startMonth: 0, validityMonths: 12 },
          { id: 'port', program: 'portfolio', amount: 30_000, startMonth: 2, validityMonths: 12 },
          { id: 'found', program: 'founders', amount: 1_000, startMonth: 0, validityMonths: 24 },
        ],
        lines,
      },
    ],
  });
}

type Change = (wb: Workbook, pick: number) => Workbook;

const withScenario = (wb: Workbook, change: (s: Scenario) => Scenario): Workbook => ({
  ...wb,
  scenarios: [change(wb.scenarios[0]), ...wb.scenarios.slice(1)],
});
const withLines = (wb: Workbook, change: (lines: Line[]) => Line[]): Workbook =>
  withScenario(wb, (s) => ({ ...s, lines: change(s.lines.slice()) }));

// Each change builds new objects for what it touches and shares the rest, as the app does.
const CHANGES: Change[] = [
  // Edit one line: a new quantity, a new claim, or credit eligibility.
  (wb, pick) =>
    withLines(wb, (lines) => {
      if (lines.length === 0) return lines;
      const i = pick % lines.length;
      const line = lines[i];
      const pools = wb.scenarios[0].pools;
      const claim = pick % 5 === 0 || pools.length === 0 ? null : pools[pick % pools.length].id;
      lines[i] =
        pick % 3 === 0
          ? { ...line, startMonth: pick % 5, endMonth: null }
          : pick % 3 === 1
            ? { ...line, fundedBy: claim }
            : { ...line, creditEligible: !line.creditEligible };
      return lines;
    }),
  // Change a shared assumption's value (every line using it recomputes).
  (wb, pick) =>
    withScenario(wb, (s) => ({
      ...s,
      assumptions: s.assumptions.map((a, i) =>
        i === pick % Math.max(1, s.assumptions.length) ? { ...a, expr: 0.01 * (pick % 7) } : a,
      ),
    })),
  // An assumption's value and one line's eligibility in one step (an undo spanning both): that
  // line is read again (facts, eligibility, claims); the lines that use the assumption are only
  // costed again.
  (wb, pick) =>
    withLines(
      withScenario(wb, (s) => ({
        ...s,
        assumptions: s.assumptions.map((a, i) =>
          i === pick % Math.max(1, s.assumptions.length) ? { ...a, expr: 0.01 * ((pick % 7) + 1) } : a,
        ),
      })),
      (lines) => {
        if (lines.length === 0) return lines;
        const i = pick % lines.length;
        lines[i] = { ...lines[i], creditEligible: !lines[i].creditEligible };
        return lines;
      },
    ),
  // Remove a line, or move the last line to the top.
  (wb, pick) =>
    withLines(wb, (lines) => {
      if (lines.length === 0) return lines;
      if (pick % 2 === 0) {
        const removed = lines.splice(pick % lines.length, 1)[0];
        // Keep the workbook valid: nothing may support a removed line.
        return lines.map((l) => (l.kind === 'service' && l.supports === removed.id ? { ...l, supports: null } : l));
      }
      return [lines[lines.length - 1], ...lines.slice(0, -1)];
    }),
  // A pool changes, or the allocation mode.
  (wb, pick) =>
    withScenario(wb, (s) =>
      pick % 2 === 0 && s.pools.length > 0
        ? {
            ...s,
            pools: s.pools.map((p, i) =>
              i === pick % s.pools.length ? { ...p, amount: p.amount / 2, included: !p.included || pick % 3 !== 0 } : p,
            ),
          }
        : { ...s, allocation: s.allocation === 'as-declared' ? 'aws-billing' : 'as-declared' },
    ),
  // A Bedrock line becomes a service line (its S3 support line loses POC eligibility).
  (wb, pick) =>
    withLines(wb, (lines) => {
      const i = lines.findIndex((l, j) => l.kind === 'bedrock' && j >= pick % Math.max(1, lines.length));
      if (i < 0) return lines;
      const { id, name, workstream, fundedBy } = lines[i];
      lines[i] = workbookSchema.parse({
        format: 'creditstack.workbook',
        version: 1,
        scenarios: [
          {
            id: 'x',
            name: 'x',
            startMonth: '2027-01',
            lines: [{ id, name, workstream, fundedBy: null, kind: 'service', service: 'other', monthlyCost: 500 }],
          },
        ],
      }).scenarios[0].lines[0];
      if (fundedBy !== null) lines[i] = { ...lines[i], fundedBy };
      return lines;
    }),
  // New price overrides (every line's context changes).
  (wb, pick) => ({ ...wb, priceOverrides: { 'bedrock/claude-3-haiku': { input: 0.1 * (1 + (pick % 4)) } } }),
  // A line's quantity turns invalid (an issue appears) or valid again (the issue goes).
  (wb, pick) =>
    withLines(wb, (lines) => {
      if (lines.length === 0) return lines;
      const i = pick % lines.length;
      const line = lines[i];
      const bad = pick % 2 === 0;
      if (line.kind === 'service') lines[i] = { ...line, monthlyCost: bad ? (pick % 4 === 0 ? '(' : -5) : 100 };
      else if (line.kind === 'bedrock') lines[i] = { ...line, inputTokensPerDay: bad ? 'nosuch * 2' : 1e6 };
      else if (line.kind === 'endpoint') lines[i] = { ...line, instanceCount: bad ? -1 : 1 };
      else lines[i] = { ...line, runsPerMonth: bad ? 'm -' : 2 };
      return lines;
    }),
  // A line's quantity takes a new valid value (the commonest edit): its cost, its charge's and its
  // claim's sums change, and the simulation with them.
  (wb, pick) =>
    withLines(wb, (lines) => {
      if (lines.length === 0) return lines;
      const i = pick % lines.length;
      const line = lines[i];
      const scale = 1 + (pick % 9);
      if (line.kind === 'service') lines[i] = { ...line, monthlyCost: 150 * scale };
      else if (line.kind === 'bedrock') lines[i] = { ...line, outputTokensPerDay: 1e5 * scale };
      else if (line.kind === 'endpoint') lines[i] = { ...line, instanceCount: scale };
      else lines[i] = { ...line, runsPerMonth: scale };
      return lines;
    }),
  // A line takes another line's id (ids repeat: lookups by id take the last), or a new one.
  (wb, pick) =>
    withLines(wb, (lines) => {
      if (lines.length === 0) return lines;
      const i = pick % lines.length;
      const id = pick % 3 === 0 ? `new-${pick}` : lines[(i + 1 + (pick % 5)) % lines.length].id;
      lines[i] = { ...lines[i], id };
      return lines;
    }),
];

const changesArb = fc.array(fc.tuple(fc.nat({ max: CHANGES.length - 1 }), fc.nat()), { minLength: 1, maxLength: 8 });

function expectSameAsFresh(start: Workbook, changes: [number, number][]) {
  const reused = createEngine();
  let wb = start;
  expect(plain(reused.computeWorkbook(wb))).toEqual(plain(createEngine().computeWorkbook(wb)));
  for (const [which, pick] of changes) {
    wb = CHANGES[which](wb, pick);
    expect(plain(reused.computeWorkbook(wb))).toEqual(plain(createEngine().computeWorkbook(wb)));
  }
}

describe('a reused engine after changes gives what a fresh engine gives', () => {
  it('on a plan with shared assumptions, pools that run dry and Bedrock support lines', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(0.01, 0.03, 0.08),
        fc.integer({ min: 1, max: 40 }),
        fc.constantFrom('aws-billing' as const, 'as-declared' as const),
        changesArb,
        (growth, lineCount, allocation, changes) => expectSameAsFresh(plan(growth, lineCount, allocation), changes),
      ),
      { numRuns: 120 },
    );
  });

  it('on random workbooks', () => {
    fc.assert(
      fc.property(workbookInputArb, changesArb, (input, changes) =>
        expectSameAsFresh(workbookSchema.parse(input), changes),
      ),
      { numRuns: 80 },
    );
  });

  it('a new quantity on a claimed line moves EARMARKED_STRANDED as a fresh engine does', () => {
    // One charge (service "other"): app 1,000 and db 500 a month declared under Build ($25,000,
    // months 6-17), misc 200 unclaimed; Portfolio ($100,000, months 0-23) pays when Build cannot.
    // Before: the charge is 1,700; Build (expiring sooner) pays months 6-17: 12 x 1,700 = 20,400,
    // forfeits 25,000 - 20,400 = 4,600; Portfolio pays months 0-5 and 18-23, of which the
    // declared part is 12 x 1,500 = 18,000.
    // After app -> 1,200: the charge is 1,900; Build pays 12 x 1,900 = 22,800 and forfeits 2,200;
    // the declared part Portfolio paid is 12 x (1,200 + 500) = 20,400.
    const pools = [
      { id: 'port', program: 'portfolio', amount: 100_000, startMonth: 0, validityMonths: 24 },
      { id: 'build', program: 'build', amount: 25_000, startMonth: 6, validityMonths: 12 },
    ];
    const lines = [
      flat('app', 1_000, { fundedBy: 'build' }),
      flat('db', 500, { fundedBy: 'build' }),
      flat('misc', 200),
    ];
    const start = workbook({ horizonMonths: 24, pools, lines });
    const edited = withLines(start, (ls) => {
      ls[0] = { ...ls[0], monthlyCost: 1_200 } as Line;
      return ls;
    });
    const stranded = (r: ScenarioResult) => r.issues.find((i) => i.code === 'EARMARKED_STRANDED')?.params;
    const engine = createEngine();
    const before = engine.computeWorkbook(start)[0];
    expect(stranded(before)).toMatchObject({ payerPoolId: 'port', forfeited: 4_600 });
    expect((stranded(before) as { diverted: number }).diverted).toBeCloseTo(18_000, 6);
    const after = engine.computeWorkbook(edited);
    expect(stranded(after[0])).toMatchObject({ payerPoolId: 'port', forfeited: 2_200 });
    expect((stranded(after[0]) as { diverted: number }).diverted).toBeCloseTo(20_400, 6);
    expect(plain(after)).toEqual(plain(createEngine().computeWorkbook(edited)));
  });

  it('changing an assumption value gives the figures of a fresh engine, and different figures', () => {
    const engine = createEngine();
    const before = engine.computeWorkbook(plan(0.02, 30))[0];
    const after = engine.computeWorkbook(
      withScenario(plan(0.02, 30), (s) => ({
        ...s,
        assumptions: [{ ...s.assumptions[0], expr: 0.05 }, s.assumptions[1]],
      })),
    )[0];
    expect(after.kpis.totalCost).toBeGreaterThan(before.kpis.totalCost);
    expect(plain([after])).toEqual(plain(createEngine().computeWorkbook(plan(0.05, 30))));
  });
});
