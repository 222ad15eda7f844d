// Month offsets <-> calendar months. A scenario's timing is in 0-based offsets from its
// startMonth ("YYYY-MM"), so moving the start moves everything.

function parseMonth(startMonth: string): { year: number; month: number } {
  return { year: Number(startMonth.slice(0, 4)), month: Number(startMonth.slice(5, 7)) };
}

/** Months since year 0 of a "YYYY-MM" month: the difference of two is their distance in months. */
export function monthIndex(startMonth: string): number {
  const { year, month } = parseMonth(startMonth);
  return year * 12 + (month - 1);
}

/** "2027-01" + 13 -> "2028-02". */
export function calendarMonth(startMonth: string, offset: number): string {
  const { year, month } = parseMonth(startMonth);
  const index = year * 12 + (month - 1) + Math.floor(offset);
  const y = Math.floor(index / 12);
  const mo = (index % 12) + 1;
  return `${y}-${String(mo).padStart(2, '0')}`;
}

/** Calendar month number (1-12) and year of every month of the horizon, for the expression helpers. */
export function calendarSeries(startMonth: string, horizon: number): { month: Float64Array; year: Float64Array } {
  const { year, month } = parseMonth(startMonth);
  const months = new Float64Array(horizon);
  const years = new Float64Array(horizon);
  for (let m = 0; m < horizon; m++) {
    const index = year * 12 + (month - 1) + m;
    years[m] = Math.floor(index / 12);
    months[m] = (index % 12) + 1;
  }
  return { month: months, year: years };
}

/**
 * (rev 2) The month offset in which a pool's last dollar was spent, for its "used up in" label.
 * A depletion of m + b/d lies in (m, m + 1]: 13.2 -> 13, and exactly 3.0 -> 2, because month 2
 * spent the last dollar (b = d) and month 3 never drew on the pool. Only a balance too small to
 * move the sum (m + 5e-324 is m) lands on m itself; the pool's draws tell the two apart: in that
 * case month m drew something.
 */
export function lastDollarMonth(depletion: number, draw?: ArrayLike<number>): number {
  const whole = Math.ceil(depletion);
  if (whole === depletion && draw !== undefined && (draw[whole] ?? 0) > 0) return whole;
  return whole - 1;
}

/** The last month a pool may pay: its expiryMonth is the first month it no longer does. */
export function lastUsableMonth(expiryMonth: number): number {
  return expiryMonth - 1;
}

/** Whether a pool's award has started by month m (before it, it holds nothing yet). */
export function awardStarted(pool: { startMonth: number }, m: number): boolean {
  return m >= pool.startMonth;
}
