// Editing a range one field at a time, as the assumptions grid does: the distribution, then low,
// likely (the mode of a triangle, the mean of a bell), high and sd. Switching distribution keeps
// what carries over (low, high, the likely value) and fills the rest from the point value, so a
// user picks "triangular" on growth = 0.03 and sees 0.015 / 0.03 / 0.045 to adjust.
import { rangeSchema, type AssumptionRange, type RangeDistribution } from '../model';

export const RANGE_FIELDS = ['rangeKind', 'rangeLow', 'rangeLikely', 'rangeHigh', 'rangeSd'] as const;
export type RangeField = (typeof RANGE_FIELDS)[number];

export type RangeEdit = { ok: true; range: AssumptionRange | undefined } | { ok: false; message: string };

/** Low, likely, high and sd of a range, where it has them. */
export function rangeParts(r: AssumptionRange | undefined): {
  low?: number;
  likely?: number;
  high?: number;
  sd?: number;
} {
  if (r === undefined) return {};
  switch (r.distribution) {
    case 'uniform':
      return { low: r.low, high: r.high };
    case 'triangular':
      return { low: r.low, likely: r.mode, high: r.high };
    default:
      return { low: r.low, likely: r.mean, high: r.high, sd: r.sd };
  }
}

/** Which fields a distribution uses (the others are not editable). */
export function rangeFieldApplies(distribution: RangeDistribution | undefined, field: RangeField): boolean {
  if (field === 'rangeKind') return true;
  if (distribution === undefined) return false;
  if (field === 'rangeLikely') return distribution !== 'uniform';
  if (field === 'rangeSd') return distribution === 'normal' || distribution === 'lognormal';
  return true;
}

/** A range of the given kind built from parts (in the file's key order), filling gaps around the point value. */
function build(kind: RangeDistribution, parts: ReturnType<typeof rangeParts>, point: number | null): AssumptionRange {
  const centre =
    parts.likely ??
    (parts.low !== undefined && parts.high !== undefined ? (parts.low + parts.high) / 2 : (point ?? 0.5));
  const spread = centre !== 0 ? Math.abs(centre) / 2 : 0.5;
  const low = parts.low ?? centre - spread;
  const high = parts.high ?? centre + spread;
  switch (kind) {
    case 'uniform':
      return { distribution: 'uniform', low, high };
    case 'triangular':
      return { distribution: 'triangular', low, mode: centre, high };
    case 'normal':
      return {
        distribution: 'normal',
        mean: centre,
        sd: parts.sd ?? spread / 2,
        ...(parts.low !== undefined ? { low } : {}),
        ...(parts.high !== undefined ? { high } : {}),
      };
    case 'lognormal': {
      // A lognormal is positive: its mean and sd must be above zero.
      const mean = centre > 0 ? centre : 1;
      return {
        distribution: 'lognormal',
        mean,
        sd: parts.sd ?? mean / 4,
        ...(parts.low !== undefined && parts.low > 0 ? { low: parts.low } : {}),
        ...(parts.high !== undefined && parts.high > 0 ? { high: parts.high } : {}),
      };
    }
  }
}

const LABEL: Record<RangeField, string> = {
  rangeKind: 'distribution',
  rangeLow: 'low',
  rangeLikely: 'likely',
  rangeHigh: 'high',
  rangeSd: 'sd',
};

/**
 * The assumption's range after typing `text` into one range field. `point` is the assumption's
 * plain-number value (null for a formula). Empty low/high on a bell removes that truncation.
 */
export function editRangeField(
  current: AssumptionRange | undefined,
  point: number | null,
  field: RangeField,
  text: string,
): RangeEdit {
  const trimmed = text.trim();
  if (field === 'rangeKind') {
    const kind = trimmed.toLowerCase();
    if (kind === '' || kind === 'none') return { ok: true, range: undefined };
    if (!['uniform', 'triangular', 'normal', 'lognormal'].includes(kind))
      return {
        ok: false,
        message: `distribution must be none, uniform, triangular, normal or lognormal, not "${text}"`,
      };
    if (current?.distribution === kind) return { ok: true, range: current };
    return { ok: true, range: build(kind as RangeDistribution, rangeParts(current), point) };
  }
  if (current === undefined) return { ok: false, message: 'choose a distribution first' };
  if (!rangeFieldApplies(current.distribution, field))
    return { ok: false, message: `a ${current.distribution} range has no ${LABEL[field]}` };
  const parts = rangeParts(current);
  const bell = current.distribution === 'normal' || current.distribution === 'lognormal';
  let value: number | undefined;
  if (trimmed === '' && bell && (field === 'rangeLow' || field === 'rangeHigh')) value = undefined;
  else {
    value = Number(trimmed.replace(/,/g, ''));
    if (trimmed === '' || !Number.isFinite(value))
      return { ok: false, message: `${LABEL[field]} must be a number, not "${text}"` };
  }
  const next = { ...parts };
  if (field === 'rangeLow') next.low = value;
  else if (field === 'rangeHigh') next.high = value;
  else if (field === 'rangeLikely') next.likely = value;
  else next.sd = value;
  let range: AssumptionRange;
  switch (current.distribution) {
    case 'uniform':
      range = { distribution: 'uniform', low: next.low!, high: next.high! };
      break;
    case 'triangular':
      range = { distribution: 'triangular', low: next.low!, mode: next.likely!, high: next.high! };
      break;
    default:
      range = {
        distribution: current.distribution,
        mean: next.likely!,
        sd: next.sd!,
        ...(next.low !== undefined ? { low: next.low } : {}),
        ...(next.high !== undefined ? { high: next.high } : {}),
      };
  }
  const checked = rangeSchema.safeParse(range);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return { ok: false, message: `${String(issue.path[0] ?? LABEL[field])} ${issue.message}` };
  }
  return { ok: true, range: checked.data };
}
