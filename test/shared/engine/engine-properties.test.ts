// The whole engine on random valid workbooks (random lines, pools, expressions, prices): it never
// throws, money is conserved every month, and totals agree with the per-line series.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../shared/engine';
import { workbookSchema } from '../../../shared/model';
import { workbookInputArb } from '../model/workbook-arbitrary';

const CODES = new Set([
  'POOL_INELIGIBLE',
  'WORKSTREAM_SPLIT',
  'BUILD_NOT_DISTINCT',
  'ACCELERATOR_NOT_AI_FIRST',
  'AMOUNT_ATYPICAL',
  'CREDITS_FORFEITED',
  'EARMARKED_STRANDED',
  'EU_RESIDENCY',
  'PRICE_MISSING',
  'EXPR_ERROR',
  'CREDIT_NEVER_APPLIES',
  'DECLARED_OVER_POOL',
  'PRICE_REGION_FALLBACK',
  'PRICE_DATED',
]);

describe('engine on random workbooks', () => {
  it('conserves money and never throws', () => {
    const engine = createEngine();
    fc.assert(
      fc.property(workbookInputArb, (input) => {
        const workbook = workbookSchema.parse(input);
        for (const r of engine.computeWorkbook(workbook)) {
          let total = 0;
          for (const line of r.lines) {
            let sum = 0;
            for (const v of line.monthly) {
              expect(Number.isFinite(v) && v >= 0).toBe(true);
              sum += v;
            }
            expect(Math.abs(sum - line.total)).toBeLessThanOrEqual(1e-6 * Math.max(1, sum));
            total += line.total;
          }
          const scale = Math.max(1, total);
          expect(Math.abs(total - r.kpis.totalCost)).toBeLessThanOrEqual(1e-9 * scale);
          for (let m = 0; m < r.horizonMonths; m++) {
            expect(Math.abs(r.cost[m] - r.credits[m] - r.cash[m])).toBeLessThanOrEqual(1e-9 * Math.max(1, r.cost[m]));
          }
          expect(Math.abs(r.kpis.creditsApplied + r.kpis.cashCost - r.kpis.totalCost)).toBeLessThanOrEqual(
            1e-9 * scale,
          );
          for (const p of r.pools) {
            expect(p.used).toBeLessThanOrEqual(p.amount * (1 + 1e-12) + 1e-9);
            expect(p.used + p.forfeited + p.remaining).toBeLessThanOrEqual(p.amount * (1 + 1e-12) + 1e-9);
          }
          for (const issue of r.issues) expect(CODES.has(issue.code)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('an edit recomputes to the same figures as a fresh engine', () => {
    const cached = createEngine();
    fc.assert(
      fc.property(workbookInputArb, fc.nat(), (input, pick) => {
        const workbook = workbookSchema.parse(input);
        cached.computeWorkbook(workbook);
        // Change one line's quantity in a new workbook object, leaving every other line object shared.
        const s = workbook.scenarios[0];
        if (s.lines.length === 0) return;
        const i = pick % s.lines.length;
        const edited = { ...s.lines[i], startMonth: 0, endMonth: null };
        const next = {
          ...workbook,
          scenarios: [{ ...s, lines: s.lines.map((l, j) => (j === i ? edited : l)) }, ...workbook.scenarios.slice(1)],
        };
        const incremental = cached.computeScenario(next, s.id);
        const fresh = createEngine().computeScenario(next, s.id);
        expect(incremental.kpis).toEqual(fresh.kpis);
        expect(Array.from(incremental.cash)).toEqual(Array.from(fresh.cash));
      }),
      { numRuns: 60 },
    );
  });
});
