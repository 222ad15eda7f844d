// Golden figures for plan vs actual, the replay of AWS's rule on the real bills, and the
// forecast from today, on the hand-made samples (assets/aws-samples). Every number below is
// worked out by hand in the comments, from the sample files, not from the code's output.
//
// The plan (sample-plan.creditstack) starts 2026-09, 12 months, and costs every month:
//   chat    Claude Sonnet 5 (regular price from 2026-09), 10M in + 2M out a day, 30 days: (10 x 3 + 2 x 15) x 30 = $1,800 (bedrock)
//   ranker  one g5.xlarge endpoint at the overridden $1.50/h x 730 h = $1,095          (sagemaker)
//   docs    S3 $300, supporting chat (so the Bedrock POC may pay it)                   (s3)
//   support Business support $100, always cash                                         (support)
//   total   1,800 + 1,095 + 300 + 100 = $3,295 a month.
// Pools (after the credits import links them): poc = Bedrock POC $25,000 usable through month 11,
// portfolio = Activate Portfolio $50,000 usable through month 23, and the bootcamp credit $1,000
// (SageMaker only, paused, months 1-6). The POC expires sooner, so it pays first:
//   plan per month: poc pays 1,800 + 300 = 2,100; portfolio pays 1,095; cash 100;
//   plan credits 2,100 + 1,095 = 3,195.
//
// Actual costs (get-cost-and-usage.sample.json), per month:
//   2026-09: Bedrock 1,650, SageMaker 1,095, S3 280, Support 100, Kendra 40 = 3,165
//   2026-10: Bedrock 2,100, SageMaker 1,095, S3 310, Support 100, Kendra 40 = 3,645
//   2026-11: Bedrock 2,400, SageMaker 1,241, S3 320, Support 100, Kendra 40 = 4,101 (estimated)
// What AWS says the credits paid (get-credit-allocation-history.sample.json):
//   POC:       09: 1,650 + 280 = 1,930   10: 2,100 + 310 = 2,410   11: 2,400 + 320 = 2,720
//   Portfolio: 09: 1,095 + 40 = 1,135    10: 1,095 + 40 + 500 (EC2 of account 444455556666) = 1,635
//              11: 1,241 + 40 = 1,281
import { describe, expect, it } from 'vitest';
import { createEngine, scenarioResultToJson } from '../../../../shared/engine';
import { applyAwsImport, parseAwsExport } from '../../../../shared/io/aws';
import type { Workbook } from '../../../../shared/model';
import { samplePlan } from '../../io/aws/samples';
import { importInto, importedSample } from './actuals-fixtures';

const CENT = 2; // toBeCloseTo digits: within half a cent

describe('plan against actual (sample)', () => {
  const result = createEngine().computeWorkbook(importedSample())[0];
  const actuals = result.actuals!;

  it('reports every month with actuals, through the last one', () => {
    expect(actuals.throughMonth).toBe('2026-11');
    expect(actuals.months.map((m) => [m.month, m.index])).toEqual([
      ['2026-09', 0],
      ['2026-10', 1],
      ['2026-11', 2],
    ]);
    expect(actuals.months.map((m) => m.estimated)).toEqual([false, false, true]);
  });

  it('plan and actual cost and credits, with the variance (actual minus plan)', () => {
    const rows = actuals.months.map((m) => [
      m.actualCost,
      m.planCost,
      m.costVariance,
      m.actualCredits,
      m.planCredits,
      m.creditsVariance,
    ]);
    expect(rows).toEqual([
      // 3,165 - 3,295 = -130; credits 1,930 + 1,135 = 3,065, 3,065 - 3,195 = -130
      [3165, 3295, -130, 3065, 3195, -130],
      // 3,645 - 3,295 = 350; credits 2,410 + 1,635 = 4,045, 4,045 - 3,195 = 850
      [3645, 3295, 350, 4045, 3195, 850],
      // 4,101 - 3,295 = 806; credits 2,720 + 1,281 = 4,001, 4,001 - 3,195 = 806
      [4101, 3295, 806, 4001, 3195, 806],
    ]);
  });

  it('per pool: AWS draw against plan draw', () => {
    const draws = actuals.months.map((m) => [
      m.pools.poc.actualDraw,
      m.pools.poc.planDraw,
      m.pools.portfolio.actualDraw,
      m.pools.portfolio.planDraw,
    ]);
    expect(draws).toEqual([
      [1930, 2100, 1135, 1095],
      [2410, 2100, 1635, 1095],
      [2720, 2100, 1281, 1095],
    ]);
    // October, portfolio: 1,635 - 1,095 = 540 more than planned.
    expect(actuals.months[1].pools.portfolio.drawVariance).toBe(540);
  });

  it('keeps services the plan has no service for, with their AWS names', () => {
    expect(actuals.months.map((m) => m.otherServices)).toEqual([
      [{ service: 'Amazon Kendra', cost: 40 }],
      [{ service: 'Amazon Kendra', cost: 40 }],
      [{ service: 'Amazon Kendra', cost: 40 }],
    ]);
  });

  it("replays AWS's rule on the actual bills: it explains every draw but October's shared-credit use", () => {
    // Replay, each month: the POC (expires 2027-08, 4 products) comes before the Portfolio
    // credit (expires 2028-08, general). POC pays Bedrock + S3: 09 1,650 + 280 = 1,930,
    // 10 2,100 + 310 = 2,410, 11 2,400 + 320 = 2,720. Portfolio pays SageMaker + Kendra ("other"):
    // 09 1,095 + 40 = 1,135, 10 1,135, 11 1,241 + 40 = 1,281. Support is cash. The bootcamp credit is
    // DISABLED and pays nothing. Only October's Portfolio differs: AWS 1,635, rule 1,135.
    expect(
      actuals.months.map((m) => [
        m.pools.poc.replayDraw,
        m.pools.portfolio.replayDraw,
        m.pools['aws-100000000003'].replayDraw,
      ]),
    ).toEqual([
      [1930, 1135, 0],
      [2410, 1135, 0],
      [2720, 1281, 0],
    ]);
    expect(actuals.months.map((m) => m.pools.portfolio.replayMatches)).toEqual([true, false, true]);
    expect(actuals.replayMatches).toBe(false);
    expect(actuals.mismatches).toEqual([
      { month: '2026-10', creditId: '100000000001', poolId: 'portfolio', actualDraw: 1635, replayDraw: 1135 },
    ]);
  });

  it('the contract JSON carries the actuals block', () => {
    const json = scenarioResultToJson(result, (i) => i.code);
    expect(json.actuals?.throughMonth).toBe('2026-11');
    expect(json.actuals?.months[0]).toMatchObject({
      month: '2026-09',
      actualCost: 3165,
      planCost: 3295,
      actualCredits: 3065,
      planCredits: 3195,
    });
    expect(json.actuals?.months[0].pools.poc).toMatchObject({ actualDraw: 1930, planDraw: 2100 });
  });
});

describe('the forecast from today (sample)', () => {
  const result = createEngine().computeWorkbook(importedSample())[0];

  it('starts the month after the last actual month, from AWS remaining balances', () => {
    // Through 2026-11 = month 2, so the forecast starts at month 3. AWS says: Portfolio
    // 50,000 - (1,135 + 1,635 + 1,281) = 45,949 left; POC 25,000 - (1,930 + 2,410 + 2,720) = 17,940;
    // the bootcamp credit 1,000 (never used).
    expect(result.actuals?.forecastFrom).toBe(3);
    expect(result.actuals?.openingBalances).toEqual({ portfolio: 45949, poc: 17940, 'aws-100000000003': 1000 });
    // Months before the forecast are actuals, reported in `actuals`: the forecast has no cost there.
    expect(Array.from(result.cost.subarray(0, 3))).toEqual([0, 0, 0]);
    expect(result.cost[3]).toBeCloseTo(3295, CENT);
  });

  it('KPIs from today', () => {
    // Months 3-11, 9 months at 3,295: total 29,655.
    // POC: 2,100 a month from 17,940: months 3-10 take 8 x 2,100 = 16,800, leaving 1,140 for
    // month 11, where 2,100 is offered: used up at 11 + 1,140 / 2,100 = 11.542857...
    // In month 11 the POC pays 1,140 of Bedrock's 1,800 (largest first); Bedrock's other 660 and
    // S3's 300 go to the Portfolio credit.
    // Portfolio: 8 x 1,095 = 8,760 in months 3-10, then 1,095 + 660 + 300 = 2,055 in month 11:
    // 10,815 used, 45,949 - 10,815 = 35,134 left at the horizon.
    // Credits applied 17,940 + 10,815 = 28,755; cash 9 x 100 (support) = 900; 28,755 + 900 = 29,655.
    // The paused bootcamp credit expires at the end of month 6 with its 1,000: forfeited.
    const k = result.kpis;
    expect(k.totalCost).toBeCloseTo(29655, CENT);
    expect(k.creditsApplied).toBeCloseTo(28755, CENT);
    expect(k.cashCost).toBeCloseTo(900, CENT);
    expect(k.creditsForfeited).toBeCloseTo(1000, CENT);
    expect(k.creditsRemaining).toBeCloseTo(35134, CENT);
    const poc = result.pools.find((p) => p.id === 'poc')!;
    expect(poc.depletionMonth).toBeCloseTo(11 + 1140 / 2100, 9);
    expect(result.pools.find((p) => p.id === 'portfolio')!.used).toBeCloseTo(10815, CENT);
  });

  it('runway from today: cash on hand is the cash at the start of the forecast', () => {
    // Cash 600,000; each forecast month burns 40,000 + 100 of AWS cash = 40,100. Months 3-11 (9)
    // use 360,900, leaving 239,100; past the horizon the last month's 40,100 continues:
    // 239,100 / 40,100 = 5.962593..., so 9 + 5.962593 = 14.962593 months from today.
    // Without credits the AWS bill is all cash: 40,000 + 3,295 = 43,295 a month; 9 months use
    // 389,655, leaving 210,345 / 43,295 = 4.858413..., so 13.858413; the credits add 1.104180.
    expect(result.kpis.cashRunwayMonths).toBeCloseTo(9 + 239100 / 40100, 6);
    expect(result.kpis.runwayExtensionMonths).toBeCloseTo(9 + 239100 / 40100 - (9 + 210345 / 43295), 6);
  });

  it("keeps the plan's issues (the scenario as typed), not ones the opening balances would raise", () => {
    const plan = createEngine().computeWorkbook(samplePlan())[0];
    expect(result.issues.map((i) => i.code)).toEqual(
      createEngine()
        .computeWorkbook(importInto(samplePlan(), ['get-credits.sample.json']))[0]
        .issues.map((i) => i.code),
    );
    expect(plan.issues.some((i) => i.code === 'AMOUNT_ATYPICAL')).toBe(false);
    expect(result.issues.some((i) => i.code === 'AMOUNT_ATYPICAL')).toBe(false);
  });
});

describe('edge cases', () => {
  it('credits alone name no month: the plan is computed as it is, with no actuals block', () => {
    const wb = importInto(samplePlan(), ['get-credits.sample.json']);
    const result = createEngine().computeWorkbook(wb)[0];
    expect(result.actuals).toBeUndefined();
    // 12 x 3,295 = 39,540, the plan as typed.
    expect(result.kpis.totalCost).toBeCloseTo(39540, CENT);
  });

  it('a month AWS could not return has unknown draws (null), never zero', () => {
    const partial = JSON.stringify({
      creditAllocationHistoryList: [],
      partialResults: true,
      failedMonths: ['2026-10'],
    });
    const wb = importInto(samplePlan(), [
      'get-credits.sample.json',
      'get-cost-and-usage.sample.json',
      { text: partial },
    ]);
    const actuals = createEngine().computeWorkbook(wb)[0].actuals!;
    expect(actuals.unknownMonths).toEqual(['2026-10']);
    const october = actuals.months.find((m) => m.month === '2026-10')!;
    expect(october.actualCredits).toBeNull();
    expect(october.pools.poc.actualDraw).toBeNull();
    expect(october.pools.poc.replayMatches).toBeNull();
    // The replay still runs on October's costs: POC 2,100 + 310 = 2,410.
    expect(october.pools.poc.replayDraw).toBe(2410);
    // Nothing to compare anywhere: no verdict rather than a false "matches".
    expect(actuals.replayMatches).toBeNull();
  });

  it('a cliff from today: with only the POC left, the forecast pays Bedrock in cash once it is used up', () => {
    // Exclude the Portfolio pool. From month 3 the POC (17,940) pays 2,100 a month and the
    // 1,095 of SageMaker is cash from month 3 on (credit-eligible spend paid in cash): the
    // cliff is month 3, the first forecast month, never a month of the past.
    const wb = importedSample();
    const scenario = wb.scenarios[0];
    const alone: Workbook = {
      ...wb,
      scenarios: [
        { ...scenario, pools: scenario.pools.map((p) => (p.id === 'portfolio' ? { ...p, included: false } : p)) },
      ],
    };
    const result = createEngine().computeWorkbook(alone)[0];
    expect(result.kpis.creditCliffMonth).toBe(3);
    // Cash: months 3-10 pay 1,095 + 100 = 1,195 each (8 x 1,195 = 9,560); month 11 pays
    // 1,095 + 100 + 960 (Bedrock and S3 the POC could not) = 2,155: 11,715 in all.
    expect(result.kpis.cashCost).toBeCloseTo(11715, CENT);
  });

  it('actuals that end before the plan starts: the whole plan is the forecast, from AWS balances', () => {
    const later = samplePlan();
    const moved: Workbook = { ...later, scenarios: [{ ...later.scenarios[0], startMonth: '2027-01' }] };
    // Import into the moved plan: credits then start before the plan (start month 0).
    const wb = importInto(moved, [
      'get-credits.sample.json',
      'get-credit-allocation-history.sample.json',
      'get-cost-and-usage.sample.json',
    ]);
    const result = createEngine().computeWorkbook(wb)[0];
    expect(result.actuals?.forecastFrom).toBe(0);
    expect(result.actuals?.months.map((m) => [m.month, m.index, m.planCost])).toEqual([
      ['2026-09', null, null],
      ['2026-10', null, null],
      ['2026-11', null, null],
    ]);
    // The POC starts the plan (2027-01) with AWS's 17,940 and is usable through 2027-08 =
    // month 7: months 0-7 take 8 x 2,100 = 16,800, and the 1,140 left is forfeited at the end of
    // month 7; it is never used up.
    const poc = result.pools.find((p) => p.id === 'poc')!;
    expect(poc.expiryMonth).toBe(8);
    expect(poc.depletionMonth).toBeNull();
    expect(poc.forfeited).toBeCloseTo(1140, CENT);
  });

  it('re-importing the same files changes nothing', () => {
    const once = importedSample();
    const twice = importInto(once, [
      'get-credits.sample.json',
      'get-credit-allocation-history.sample.json',
      'get-cost-and-usage.sample.json',
    ]);
    const a = scenarioResultToJson(createEngine().computeWorkbook(once)[0], (i) => i.code);
    const b = scenarioResultToJson(createEngine().computeWorkbook(twice)[0], (i) => i.code);
    expect(b).toEqual(a);
    expect(twice.scenarios[0].pools).toHaveLength(3);
  });

  it('an unknown scenario id is refused by the import and the engine is never asked', () => {
    const parsed = parseAwsExport('{"credits": []}', 'credits');
    expect(parsed.ok && applyAwsImport(samplePlan(), parsed.value, 'x').ok).toBe(false);
  });
});
