// Runs must not share state: one engine computing run after run (its memo reused) gives exactly
// what a fresh engine gives for each run, for any sequence of draws, scenarios and seeds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEngine, type ScenarioResult } from '../../../shared/engine';
import { drawsFor, simulationPlan, withAssumptionValues } from '../../../shared/ranges';
import { flat, workbook as fixtureWorkbook } from '../engine/fixtures';
import { seriesA, withRanges } from './series-a';

const workbook = withRanges(seriesA(), {
  growth: { distribution: 'uniform', low: 0, high: 0.2 },
  tokens_in_per_day: { distribution: 'triangular', low: 3e6, mode: 6e6, high: 12e6 },
  poc_months: { distribution: 'normal', mean: 12, sd: 3, low: 6, high: 18 },
  agent_tokens_in_per_day: { distribution: 'lognormal', mean: 3e6, sd: 1.5e6 },
});

function comparable(r: ScenarioResult) {
  return {
    kpis: r.kpis,
    pools: r.pools,
    cash: r.cash,
    credits: r.credits,
    cost: r.cost,
    lines: r.lines,
    issues: r.issues,
  };
}

describe('engine reuse across runs', () => {
  it('equals a fresh engine per run', () => {
    const plans = ['stack', 'stack-accelerator'].map((id) => simulationPlan(workbook, id));
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            scenario: fc.integer({ min: 0, max: 1 }),
            seed: fc.integer({ min: 0, max: 2 ** 40 }),
            run: fc.nat(100_000),
          }),
          { minLength: 1, maxLength: 12 },
        ),
        (runs) => {
          const shared = createEngine();
          for (const { scenario, seed, run } of runs) {
            const plan = plans[scenario];
            const input = withAssumptionValues(workbook, plan.scenarioId, drawsFor(plan, seed, run));
            const reused = shared.computeScenario(input, plan.scenarioId);
            const fresh = createEngine().computeScenario(input, plan.scenarioId);
            expect(comparable(reused)).toEqual(comparable(fresh));
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('a change of assumption values recomputes only the lines that use them', () => {
  const base = fixtureWorkbook({
    assumptions: [
      { name: 'a', expr: 2 },
      { name: 'b', expr: 'a * 2' },
      { name: 'c', expr: 'm * a' },
      { name: 'g', expr: 0.1 },
    ],
    lines: [
      flat('uses_b', 'b * 100'),
      flat('plain', 500),
      flat('uses_c', 'c + 1'),
      flat('uses_g', '1000 * (1 + g)^m'),
      flat('bad', 'a +'),
    ],
    pools: [{ id: 'p', program: 'portfolio', amount: 3000 }],
    horizonMonths: 6,
  });
  const set = (values: Record<string, number>) => withAssumptionValues(base, 's', new Map(Object.entries(values)));

  it('keeps the untouched lines, follows assumptions computed from a changed one, and equals a fresh engine', () => {
    const engine = createEngine();
    const first = engine.computeScenario(set({ a: 2 }), 's');
    const second = engine.computeScenario(set({ a: 3 }), 's');
    // b = 2a: uses_b costs 100 x 6 = 600 a month at a = 3 (400 at a = 2); c = m x a: month 5 costs 5 x 3 + 1 = 16.
    expect(second.lines[0].monthly[0]).toBe(600);
    expect(first.lines[0].monthly[0]).toBe(400);
    expect(second.lines[2].monthly[5]).toBe(16);
    // Lines that use neither a nor what is computed from it are the very results of the last computation.
    expect(second.lines[1]).toBe(first.lines[1]);
    expect(second.lines[3]).toBe(first.lines[3]);
    expect(second.lines[0]).not.toBe(first.lines[0]);
    expect(comparable(second)).toEqual(comparable(createEngine().computeScenario(set({ a: 3 }), 's')));
    const third = engine.computeScenario(set({ a: 3, g: 0.2 }), 's');
    expect(third.lines[0]).toBe(second.lines[0]);
    expect(third.lines[3].monthly[1]).toBeCloseTo(1200, 9);
    expect(comparable(third)).toEqual(comparable(createEngine().computeScenario(set({ a: 3, g: 0.2 }), 's')));
  });

  it('for any sequence of values, including ones that make an assumption fail', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            a: fc.oneof(fc.double({ min: -5, max: 5, noNaN: true }), fc.constant(1e308)),
            g: fc.double({ min: 0, max: 1, noNaN: true }),
          }),
          { minLength: 1, maxLength: 10 },
        ),
        (steps) => {
          const engine = createEngine();
          for (const step of steps) {
            const wb = set(step);
            expect(comparable(engine.computeScenario(wb, 's'))).toEqual(
              comparable(createEngine().computeScenario(wb, 's')),
            );
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
