// Monte Carlo on the Series-A template. Statistical checks that can fail: with one uniform range
// on growth, a monotone KPI's percentiles are that KPI at growth's percentiles (the P50 cliff is
// the point cliff at the median growth), and the percentiles approach their exact values as runs
// grow. Reproducibility: the same seed gives the same rows however the runs are split.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../shared/engine';
import {
  joinRows,
  rangeQuantile,
  runRows,
  simulationPlan,
  splitRuns,
  summarizeRuns,
  withAssumptionValues,
} from '../../../shared/ranges';
import { seriesA, withRanges } from './series-a';

const GROWTH = { distribution: 'uniform', low: 0, high: 0.1 } as const;
const workbook = withRanges(seriesA(), { growth: GROWTH });

function simulate(runs: number, seed: number, scenario = 'stack') {
  const plan = simulationPlan(workbook, scenario);
  const rows = runRows(workbook, plan, seed, 0, runs, createEngine());
  return { plan, rows, summary: summarizeRuns(plan, rows) };
}

function pointKpis(growth: number, scenario = 'stack') {
  return createEngine().computeScenario(
    withAssumptionValues(workbook, scenario, new Map([['growth', growth]])),
    scenario,
  ).kpis;
}

describe('Monte Carlo', () => {
  it('same seed, same rows, whatever the split into workers; another seed differs', () => {
    const { plan, rows } = simulate(300, 42);
    for (const parts of [2, 3, 7]) {
      const chunks = splitRuns(300, parts).map((c) => ({
        from: c.from,
        rows: runRows(workbook, plan, 42, c.from, c.to, createEngine()),
      }));
      expect(joinRows(plan, 300, chunks.reverse())).toEqual(rows);
    }
    expect(simulate(300, 43).rows).not.toEqual(rows);
  });

  it("P50 cliff is the point cliff at the median growth; P10 and P90 follow growth's P90 and P10", () => {
    // The cliff falls as growth rises (more traffic uses credits sooner), so its low percentiles
    // come from high growth. Uniform on [0, 0.10]: median 0.05, P10 0.01, P90 0.09.
    const { summary } = simulate(2001, 7);
    const cliff = summary.kpis.creditCliffMonth;
    expect(cliff.p50).toBe(pointKpis(0.05).creditCliffMonth);
    expect(cliff.p10).toBe(pointKpis(0.09).creditCliffMonth);
    expect(cliff.p90).toBe(pointKpis(0.01).creditCliffMonth);
    // The three differ, so the test tells the percentiles apart (template: 14, 15, 16).
    expect(new Set([cliff.p10, cliff.p50, cliff.p90]).size).toBe(3);
    expect(cliff.probabilityNone).toBe(0);
  });

  it("percentiles of total cost converge to total cost at growth's percentiles as runs grow", () => {
    // Total cost rises with growth, so its p-th percentile is totalCost(growth's p-th percentile).
    // The nearest-rank sample quantile of a uniform sits within a few sqrt(p(1-p)/N) of p; mapped
    // through the cost's steepest slope on the range, that bounds the error.
    const exact = (p: number) => pointKpis(rangeQuantile(GROWTH, p)).totalCost;
    const eps = 1e-4;
    const slope = (pointKpis(0.1).totalCost - pointKpis(0.1 - eps).totalCost) / eps; // steepest at the top (convex)
    const errors: number[] = [];
    for (const runs of [100, 1000, 8000]) {
      const { summary } = simulate(runs, 11);
      for (const p of [10, 50, 90] as const) {
        const got = summary.kpis.totalCost[`p${p}`];
        const bound = 4 * Math.sqrt(((p / 100) * (1 - p / 100)) / runs) * 0.1 * slope + 1 / runs;
        expect(Math.abs(got - exact(p / 100))).toBeLessThanOrEqual(bound);
        if (p === 50) errors.push(Math.abs(got - exact(0.5)));
      }
    }
    // And the mean converges to the mean of total cost over growth (trapezoid rule, 1,000 steps).
    let integral = 0;
    for (let i = 0; i <= 1000; i++) integral += (i === 0 || i === 1000 ? 0.5 : 1) * pointKpis(i / 10000).totalCost;
    expect(Math.abs(simulate(8000, 11).summary.kpis.totalCost.mean - integral / 1000) / (integral / 1000)).toBeLessThan(
      0.005,
    );
    expect(errors[2]).toBeLessThan(errors[0]);
  });

  it('pools: POC forfeits below growth 0.03 (30% of a uniform [0, 0.10]), so about 30% of runs forfeit', () => {
    // Point runs: growth 0.02 forfeits $817 of the POC, 0.03 forfeits nothing.
    expect(pointKpis(0.02).creditsForfeited).toBeGreaterThan(0);
    expect(pointKpis(0.03).creditsForfeited).toBe(0);
    const { summary } = simulate(2000, 5);
    const poc = summary.pools.find((p) => p.id === 'poc')!;
    // Binomial sd at N = 2000, p ~ 0.3: sqrt(0.21/2000) = 0.0102; 4 sd = 0.041. The exact flip is
    // a little below 0.03, so the share is a little below 0.3.
    expect(poc.forfeitProbability).toBeGreaterThan(0.3 - 0.05);
    expect(poc.forfeitProbability).toBeLessThan(0.3 + 0.041);
    // A forfeiting POC was never used up: its depletion P90 (low growth) is "never".
    expect(poc.depletionMonth.p90).toBeNull();
    expect(poc.depletionMonth.p10).not.toBeNull();
  });

  it('a scenario with no cliff in some runs reports its probability', () => {
    // stack-accelerator: every line is credit-eligible and, once the POC is used up (growth >=
    // 0.03), the $450K of pools (100K + 25K + 25K + 300K, all valid through month 23) pay every
    // month until the 24 months' spend passes $450K. Spend over months 0-23, g = growth:
    //   fixed: Portfolio lines 18 x (77 x 25.2512883 + 3 x 730 x 0.23 + 352 x 1.4084 + 47,000/18)
    //          = 18 x 5,554.92 = 99,988.51; Build 25,000; SOC 2 run rate 12 x 1,200 = 14,400;
    //          platform run rate 6 x 100,000/18 = 33,333.33; POC services 10,000 -> 182,721.84
    //   Sonnet 5 summarization 30 x (6 x 3 + 1.15 x 15) = 1,057.50 x (1+g)^m, months 0-23:
    //          1,057.50 x ((1+g)^24 - 1) / g
    //   Opus 5 agent 30 x (3 x 5 + 0.6 x 25) = 900 x (1+g)^(m-6), months 6-23: 900 x ((1+g)^18 - 1) / g
    // g = 0.150: 1.15^24 = 28.625, 1.15^18 = 12.375 -> 182,721.84 + 1,057.5 x 184.17 + 900 x 75.84
    //   = 445,732 <= 450,000: no cliff. g = 0.153: 1.153^24 = 30.47, 1.153^18 = 12.97 -> 456,836: a cliff.
    // The threshold (bisection of the same sum) is g = 0.1512: with growth uniform on [0, 0.2], no
    // cliff in 0.1512 / 0.2 = 75.6% of runs; binomial sd at 1,000 runs sqrt(0.756 x 0.244 / 1000)
    // = 0.0136, 4 sd = 0.054.
    expect(pointKpis(0.15, 'stack-accelerator').creditCliffMonth).toBeNull();
    expect(pointKpis(0.153, 'stack-accelerator').creditCliffMonth).not.toBeNull();
    const wide = withRanges(seriesA(), { growth: { distribution: 'uniform', low: 0, high: 0.2 } });
    const plan = simulationPlan(wide, 'stack-accelerator');
    const summary = summarizeRuns(plan, runRows(wide, plan, 3, 0, 1000, createEngine()));
    const none = summary.kpis.creditCliffMonth.probabilityNone;
    expect(none).toBeGreaterThan(0.756 - 0.054);
    expect(none).toBeLessThan(0.756 + 0.054);
    // More than half never hit the cliff: P50 and P90 land on "never".
    expect(summary.kpis.creditCliffMonth.p50).toBeNull();
    expect(summary.kpis.creditCliffMonth.p90).toBeNull();
    expect(summary.kpis.creditCliffMonth.p10).not.toBeNull();
  });
});
