// What the Plan vs actual tab and the KPI cards say after the sample import (hand arithmetic:
// test/shared/engine/actuals/replay-and-reforecast.test.ts).
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../shared/engine';
import {
  chartRows,
  monthRows,
  poolMonthRows,
  replayVerdict,
} from '../../../renderer/src/features/actuals/plan-vs-actual-rows';
import { asOfText, buildKpiCards } from '../../../renderer/src/features/results/kpi-view';
import { buildMonthlyView } from '../../../renderer/src/features/results/monthly-rows';
import { diffWorkbook, scenariosToCompute } from '../../../renderer/src/engine-host/workbook-patch';
import { importedSample } from '../../shared/engine/actuals/actuals-fixtures';
import { samplePlan } from '../../shared/io/aws/samples';

const workbook = importedSample();
const result = createEngine().computeWorkbook(workbook)[0];

describe('Plan vs actual rows', () => {
  it('one row per actual month with the variance and the AWS-order check', () => {
    const rows = monthRows(result.actuals!);
    expect(
      rows.map((r) => [
        r.label,
        r.actualCost,
        r.planCost,
        r.costVariance,
        r.actualCredits,
        r.creditsVariance,
        r.check,
        r.estimated,
      ]),
    ).toEqual([
      ['Sep 2026', '$3,165.00', '$3,295.00', '−$130.00', '$3,065.00', '−$130.00', 'matches', false],
      ['Oct 2026', '$3,645.00', '$3,295.00', '+$350.00', '$4,045.00', '+$850.00', 'differs', false],
      ['Nov 2026', '$4,101.00', '$3,295.00', '+$806.00', '$4,001.00', '+$806.00', 'matches', true],
    ]);
  });

  it('per pool and month: AWS, plan and the documented order', () => {
    const october = poolMonthRows(result).filter((r) => r.label === 'Oct 2026');
    expect(october.map((r) => [r.pool, r.awsDraw, r.planDraw, r.variance, r.ruleDraw, r.check])).toEqual([
      ['Activate Portfolio', '$1,635.00', '$1,095.00', '+$540.00', '$1,135.00', 'differs'],
      ['Bedrock POC', '$2,410.00', '$2,100.00', '+$310.00', '$2,410.00', 'matches'],
      ['ML bootcamp promotional credit (SAMPLE)', '$0.00', '$0.00', '$0.00', '$0.00', 'matches'],
    ]);
    expect(replayVerdict(result.actuals!, result)).toMatch(
      /^AWS's allocation differs from its documented order in Oct 2026: Activate Portfolio paid \$1,635/,
    );
    expect(chartRows(result.actuals!)[1]).toEqual({
      month: 'Oct 2026',
      actualCost: 3645,
      planCost: 3295,
      actualCredits: 4045,
      planCredits: 3195,
    });
  });
});

describe('KPI cards after an import', () => {
  it('say which month they are as of, and count from today', () => {
    expect(asOfText(result)).toBe(
      'As of Nov 2026 actuals: forecast from Dec 2026, starting from the credit balances AWS reports (the months before are in Plan vs actual)',
    );
    const cards = Object.fromEntries(
      buildKpiCards(result, workbook.company, workbook.scenarios[0]).map((c) => [c.name, c]),
    );
    // Months 3-11 of a plan starting Sep 2026: Dec 2026 - Aug 2027, 9 months.
    expect(cards.totalCost.detail).toBe('from today: 9 months (Dec 2026 – Aug 2027)');
    // 14.96 months from Dec 2026 (month 3): month 17.96 = Feb 2028.
    expect(cards.cashRunwayMonths.value).toBe('15.0 months');
    expect(cards.cashRunwayMonths.detail).toBe('cash runs out in Feb 2028 (after Aug 2027, at its spend)');
  });

  it('the month-by-month table marks the actual months (Sep-Nov 2026), whose figures are in Plan vs actual', () => {
    expect(buildMonthlyView(result).rows.map((r) => r.isActual)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('without actuals there is no as-of line', () => {
    expect(asOfText(createEngine().computeWorkbook(samplePlan())[0])).toBeNull();
  });
});

describe('the engine worker after an import', () => {
  it('recomputes every scenario when only the imported actuals change', () => {
    const before = { ...workbook, actuals: { ...workbook.actuals!, usage: [] } };
    const twoScenarios = { ...workbook, scenarios: [...workbook.scenarios, { ...workbook.scenarios[0], id: 'copy' }] };
    const twoBefore = { ...before, scenarios: twoScenarios.scenarios };
    expect(scenariosToCompute(diffWorkbook(twoBefore, twoScenarios))).toEqual(['plan', 'copy']);
  });
});
