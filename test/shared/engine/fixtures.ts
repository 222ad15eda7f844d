// Small workbooks for engine tests, written the way a user would (defaults fill the rest), and
// billing models written line by line.
import { simulateBilling, type SimulationPool, type SimulationResult } from '../../../shared/engine';
import { workbookSchema, type Workbook } from '../../../shared/model';

export type LineInput = Record<string, unknown> & { id: string; kind: string };
export type PoolInput = Record<string, unknown> & { id: string; program: string; amount: number };

export function workbook(options: {
  lines: LineInput[];
  pools?: PoolInput[];
  assumptions?: { name: string; expr: number | string }[];
  horizonMonths?: number;
  allocation?: 'aws-billing' | 'as-declared';
  company?: Record<string, unknown>;
  priceOverrides?: Record<string, Record<string, number>>;
}): Workbook {
  return workbookSchema.parse({
    format: 'creditstack.workbook',
    version: 1,
    company: options.company ?? {},
    priceOverrides: options.priceOverrides ?? {},
    scenarios: [
      {
        id: 's',
        name: 'Test',
        startMonth: '2027-01',
        horizonMonths: options.horizonMonths ?? 24,
        allocation: options.allocation ?? 'aws-billing',
        assumptions: options.assumptions ?? [],
        pools: options.pools ?? [],
        lines: options.lines,
      },
    ],
  });
}

/** A service line with a flat monthly cost: the easiest charge to reason about by hand. */
export function flat(id: string, monthlyCost: number | string, extra: Record<string, unknown> = {}): LineInput {
  return { id, name: id, kind: 'service', service: 'other', monthlyCost, ...extra };
}

/** A billing model with each line's monthly series, as tests write it. */
export interface LineModel {
  horizon: number;
  costs: Float64Array[];
  cashOnly: Uint8Array;
  pools: SimulationPool[];
}

/** simulateBilling on a model written line by line (the simulation reads costs month by month). */
export function simulateLines(model: LineModel, recordPaid = false): SimulationResult {
  const { horizon, costs, cashOnly, pools } = model;
  const byMonth = new Float64Array(horizon * costs.length);
  costs.forEach((monthly, l) => monthly.forEach((cost, m) => (byMonth[m * costs.length + l] = cost)));
  return simulateBilling({ horizon, lineCount: costs.length, costs: byMonth, cashOnly, pools, recordPaid });
}
