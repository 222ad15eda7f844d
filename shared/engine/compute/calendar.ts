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
