// An assumption's range (file version 2): the distribution a Monte Carlo run draws the
// assumption's value from. The assumption's `expr` stays its point value; the range is used only
// by simulate, sensitivity and goal seek. Parameters are checked here so that a file with an
// impossible range (high below low, a negative spread) is refused with the JSON path of the field.
import { z } from 'zod';

const finite = z
  .number()
  .refine(Number.isFinite, { message: 'must be a finite number' })
  .transform((n) => (Object.is(n, -0) ? 0 : n));
const positive = finite.refine((n) => n > 0, { message: 'must be greater than 0' });

const uniform = z.strictObject({ distribution: z.literal('uniform'), low: finite, high: finite });
const triangular = z.strictObject({ distribution: z.literal('triangular'), low: finite, mode: finite, high: finite });
// `low` / `high` truncate the bell: draws outside them are never made (not clamped).
const normal = z.strictObject({
  distribution: z.literal('normal'),
  mean: finite,
  sd: positive,
  low: finite.optional(),
  high: finite.optional(),
});
// Mean and sd of the value itself (not of its logarithm): what a planner knows of a driver.
const lognormal = z.strictObject({
  distribution: z.literal('lognormal'),
  mean: positive,
  sd: positive,
  low: finite.optional(),
  high: finite.optional(),
});

export const RANGE_DISTRIBUTIONS = ['uniform', 'triangular', 'normal', 'lognormal'] as const;
export type RangeDistribution = (typeof RANGE_DISTRIBUTIONS)[number];

export const rangeSchema = z
  .discriminatedUnion('distribution', [uniform, triangular, normal, lognormal], {
    message: `distribution must be one of ${RANGE_DISTRIBUTIONS.join(', ')}`,
  })
  .superRefine((r, ctx) => {
    const problem = rangeProblem(r);
    if (problem !== null) ctx.addIssue({ code: 'custom', path: [problem.field], message: problem.message });
  });

export type AssumptionRange = z.output<typeof rangeSchema>;

/** The first thing wrong with a range's parameters (the schema checked their types), or null. */
function rangeProblem(r: AssumptionRange): { field: string; message: string } | null {
  switch (r.distribution) {
    case 'uniform':
      return r.high < r.low ? { field: 'high', message: 'must not be below low' } : null;
    case 'triangular':
      if (r.high <= r.low) return { field: 'high', message: 'must be above low' };
      if (r.mode < r.low || r.mode > r.high) return { field: 'mode', message: 'must be between low and high' };
      return null;
    case 'normal':
    case 'lognormal':
      if (r.low !== undefined && r.high !== undefined && r.high <= r.low)
        return { field: 'high', message: 'must be above low' };
      if (r.distribution === 'lognormal' && r.high !== undefined && r.high <= 0)
        return { field: 'high', message: 'must be above 0 (a lognormal value is positive)' };
      return null;
  }
}
