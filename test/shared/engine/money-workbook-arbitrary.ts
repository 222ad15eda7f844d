// Random workbooks whose money has cents to round, for the CSV footing tests.
import fc from 'fast-check';
import { SERVICE_CATEGORIES } from '../../../shared/model';
import { workbookInputArb } from '../model/workbook-arbitrary';

// The general arbitrary's workbooks mostly cost nothing (unpriced models, zero quantities), so
// they would rarely have a cent to round. Here every scenario's lines are replaced by service
// lines costing mills or thirds/sevenths of a dollar a month (half cents and repeating decimals),
// and pools get amounts of the same size, so that pools run dry mid-month and split a month's
// cost between credits and cash.
const awkwardAmountArb = fc
  .tuple(fc.integer({ min: 0, max: 5_000_000 }), fc.constantFrom(1000, 3, 7))
  .map(([k, d]) => k / d);

export const moneyWorkbookArb = fc
  .tuple(
    workbookInputArb,
    fc.array(awkwardAmountArb, { minLength: 1, maxLength: 8 }),
    fc.array(awkwardAmountArb, { minLength: 3, maxLength: 3 }),
  )
  .map(([input, costs, amounts]) => ({
    ...input,
    scenarios: input.scenarios.map((scenario) => {
      const pools = (scenario.pools as { amount: number }[] | undefined)?.map((p, i) => ({
        ...p,
        amount: amounts[i % 3],
      }));
      const poolIds = (pools ?? []).map((p) => (p as unknown as { id: string }).id);
      const lines = costs.map((cost, i) => ({
        id: `L${i}`,
        kind: 'service' as const,
        service: SERVICE_CATEGORIES[i % SERVICE_CATEGORIES.length],
        monthlyCost: cost,
        fundedBy: poolIds.length > 0 && i % 2 === 0 ? poolIds[i % poolIds.length] : null,
      }));
      return { ...scenario, ...(pools ? { pools } : {}), lines };
    }),
  }));
