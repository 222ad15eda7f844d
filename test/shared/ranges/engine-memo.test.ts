// Runs must not share state: one engine computing run after run (its memo reused) gives exactly
// what a fresh engine gives for each run, for any sequence of draws, scenarios and seeds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEngine, type ScenarioResult } from '../../../shared/engine';
import { drawsFor, simulationPlan, withAssumptionValues } from '../../../shared/ranges';
import { seriesA, withRanges } from './series-a';

const workbook = withRanges(seriesA(), {
  growth: { distribution: 'uniform', low: 0, high: 0.2 },
  tokens_in_per_day: { distribution: 'triangular', low: 3e6, mode: 6e6, high: 12e6 },
  poc_months: { distribution: 'normal', mean: 12, sd: 3, low: 6, high: 18 },
  agent_tokens_in_per_day: { distribution: 'lognormal', mean: 3e6, sd: 1.5e6 },
});

function comparable(r: ScenarioResult) {
  return { kpis: r.kpis, pools: r.pools, cash: r.cash, credits: r.credits, cost: r.cost, lines: r.lines, issues: r.issues };
}

describe('engine reuse across runs', () => {
  it('equals a fresh engine per run', () => {
    const plans = ['stack', 'stack-accelerator'].map((id) => simulationPlan(workbook, id));
    fc.assert(
      fc.property(
        fc.array(fc.record({ scenario: fc.integer({ min: 0, max: 1 }), seed: fc.integer({ min: 0, max: 2 ** 40 }), run: fc.nat(100_000) }), { minLength: 1, maxLength: 12 }),
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
