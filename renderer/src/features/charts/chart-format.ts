// How charts name things: the short calendar month under each axis tick and file names for
// exported charts. Money and month names come from shared/wording, as everywhere else.
import { calendarMonth } from '../../../../shared/engine';
import { shortMonthName } from '../../../../shared/wording';

/** Offset m of a scenario starting at startMonth, as its short axis label ("Feb 28"). */
export function axisMonth(startMonth: string, m: number): string {
  return shortMonthName(calendarMonth(startMonth, m));
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
