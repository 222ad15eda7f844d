// How charts label things: short calendar months on the axis ("Jan 27"), long ones in tooltips
// ("Jan 2027"), compact dollars on the value axis ("$25K"), exact dollars on hover.
import { calendarMonth } from '../../../../shared/engine';
import { formatMoneyCents } from '../../format/money';

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2027-01" -> "Jan 27" (the axis has room for little; 120 months never repeat a label). */
export function shortMonthLabel(ym: string): string {
  return `${MONTH_NAMES[Number(ym.slice(5, 7)) - 1]} ${ym.slice(2, 4)}`;
}

/** "2027-01" -> "Jan 2027". */
export function longMonthLabel(ym: string): string {
  return `${MONTH_NAMES[Number(ym.slice(5, 7)) - 1]} ${ym.slice(0, 4)}`;
}

/** Offset m of a scenario starting at startMonth, as its short axis label. */
export function axisMonth(startMonth: string, m: number): string {
  return shortMonthLabel(calendarMonth(startMonth, m));
}

/** $0, $950, $25K, $1.2M: value-axis labels, short enough to never crowd the axis. */
export function compactMoney(value: number): string {
  if (!Number.isFinite(value)) return '';
  const abs = Math.abs(value);
  const sign = value < 0 ? '−' : '';
  const trim = (n: number) => String(Number(n.toFixed(n >= 100 ? 0 : n >= 10 ? 1 : 2)));
  if (abs >= 1e9) return `${sign}$${trim(abs / 1e9)}B`;
  if (abs >= 1e6) return `${sign}$${trim(abs / 1e6)}M`;
  if (abs >= 1e3) return `${sign}$${trim(abs / 1e3)}K`;
  return `${sign}$${trim(abs)}`;
}

const whole = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

/** Whole dollars ("$3,600"): for captions and comparisons, where cents are noise (CSV keeps them). */
export function wholeDollars(value: number): string {
  return whole.format(Math.abs(value) < 0.5 ? 0 : value);
}

/** Exact dollars and cents for tooltips (a finance lead reconciles what she hovers). */
export function tooltipMoney(value: number | null | undefined): string {
  return formatMoneyCents(value ?? null);
}

/** "Series A plan – Base – monthly cost": a file name safe on Windows, macOS and Linux. */
export function chartFileName(...parts: string[]): string {
  const name = parts
    .map((p) =>
      p
        .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((p) => p !== '')
    .join(' – ');
  return (name === '' ? 'chart' : name).slice(0, 120).replace(/[. ]+$/, '');
}
