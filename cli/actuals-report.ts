// The plan-against-actual part of `compute`'s summary, shown after an import of AWS actuals:
// which months are actual and where the forecast starts, cost and credits against the plan,
// and whether AWS's allocation is what our billing rule says it should have been.
import { calendarMonth, type ActualsResult, type ScenarioResult } from '../shared/engine';
import { formatTable } from './format-table';
import type { Style } from './style';
import { formatMoneyCents, formatMoneyDeltaAscii } from '../shared/wording';

const cell = (x: number | null) => (x === null ? 'unknown' : formatMoneyCents(x));
const delta = (x: number | null) => (x === null ? '' : formatMoneyDeltaAscii(x));

function replayLine(actuals: ActualsResult): string {
  if (actuals.replayMatches === null)
    return 'AWS allocation check: nothing to compare (import the credit allocation history)';
  if (actuals.replayMatches) return "AWS allocation check: every credit draw matches AWS's documented order";
  const shown = actuals.mismatches
    .slice(0, 3)
    .map(
      (m) =>
        `${m.month} ${m.poolId ?? `credit ${m.creditId}`}: AWS ${formatMoneyCents(m.actualDraw)}, rule ${formatMoneyCents(m.replayDraw)}`,
    );
  const more = actuals.mismatches.length > 3 ? `; ${actuals.mismatches.length - 3} more` : '';
  return `AWS allocation check: ${actuals.mismatches.length} draw${actuals.mismatches.length === 1 ? ' differs' : 's differ'} from the documented order (${shown.join('; ')}${more}); a shared credit used by another account does this`;
}

export function renderActuals(result: ScenarioResult, style: Style): string | null {
  const actuals = result.actuals;
  if (actuals === undefined) return null;
  const from =
    actuals.forecastFrom < result.horizonMonths
      ? calendarMonth(result.startMonth, actuals.forecastFrom)
      : 'no month (the horizon is past)';
  const rows = actuals.months.map((m) => [
    `${m.month}${m.estimated ? ' (estimated)' : ''}`,
    cell(m.actualCost),
    cell(m.planCost),
    delta(m.costVariance),
    cell(m.actualCredits),
    cell(m.planCredits),
    delta(m.creditsVariance),
  ]);
  const unknown =
    actuals.unknownMonths.length > 0
      ? [`  AWS could not return the allocations of ${actuals.unknownMonths.join(', ')}: unknown, not zero`]
      : [];
  return [
    style.bold(
      `  Plan against actual (actuals through ${actuals.throughMonth}; the figures above are the forecast from ${from})`,
    ),
    formatTable(
      [
        { header: 'Month' },
        { header: 'Actual cost', align: 'right' },
        { header: 'Plan cost', align: 'right' },
        { header: 'Variance', align: 'right' },
        { header: 'Actual credits', align: 'right' },
        { header: 'Plan credits', align: 'right' },
        { header: 'Variance', align: 'right' },
      ],
      rows,
    ),
    ...unknown,
    `  ${replayLine(actuals)}`,
  ].join('\n');
}
