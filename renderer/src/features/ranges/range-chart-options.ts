// AG Charts options for the ranges tab: the fan of cumulative cash (a P10-P90 band with the P50
// line), the distribution of the credit-cliff month, and the tornado of one KPI.
import type { AgCartesianChartOptions } from 'ag-charts-community';
import { calendarMonth } from '../../../../shared/engine';
import type { CashFan } from '../../../../shared/ranges/simulation-summary';
import type { SensitivityResult } from '../../../../shared/ranges/sensitivity';
import type { ChartLook } from '../charts/chart-options';
import { formatMoneyCents, formatMoneyCompact, monthName, shortMonthName } from '../../../../shared/wording';

type Row = Record<string, number | string>;

/** What every chart of the tab shares: the theme, no animation, the legend (if any) below. */
function chartBase(
  look: ChartLook,
  data: Row[],
  legend: boolean,
): Pick<AgCartesianChartOptions, 'theme' | 'data' | 'animation' | 'legend'> {
  return { theme: look.theme, data, animation: { enabled: false }, legend: { enabled: legend, position: 'bottom' } };
}

export function fanOptions(fan: CashFan, startMonth: string, look: ChartLook): AgCartesianChartOptions {
  const data: Row[] = [];
  for (let m = 0; m < fan.p50.length; m++) {
    const ym = calendarMonth(startMonth, m);
    data.push({
      month: shortMonthName(ym),
      ym,
      p10: fan.p10[m],
      band: fan.p90[m] - fan.p10[m],
      p50: fan.p50[m],
      p90: fan.p90[m],
    });
  }
  const tooltip = {
    renderer: ({ datum }: { datum: unknown }) => {
      const row = datum as Row;
      return {
        heading: monthName(String(row.ym)),
        title: 'Cash paid to date',
        data: [
          { label: 'P90 (high)', value: formatMoneyCents(Number(row.p90)) },
          { label: 'P50', value: formatMoneyCents(Number(row.p50)) },
          { label: 'P10 (low)', value: formatMoneyCents(Number(row.p10)) },
        ],
      };
    },
  };
  return {
    ...chartBase(look, data, true),
    series: [
      // The band is P10 (invisible) with P90 - P10 stacked on it.
      {
        type: 'area',
        xKey: 'month',
        yKey: 'p10',
        yName: 'P10',
        stacked: true,
        fillOpacity: 0,
        strokeWidth: 0,
        showInLegend: false,
        tooltip,
      },
      {
        type: 'area',
        xKey: 'month',
        yKey: 'band',
        yName: 'P10 to P90',
        stacked: true,
        fill: look.colors.cash,
        fillOpacity: 0.25,
        strokeWidth: 0,
        tooltip,
      },
      {
        type: 'line',
        xKey: 'month',
        yKey: 'p50',
        yName: 'P50',
        stroke: look.colors.cash,
        strokeWidth: 3,
        marker: { enabled: false },
        tooltip,
      },
    ],
    axes: {
      x: { type: 'category', position: 'bottom', label: { autoRotate: false, avoidCollisions: true } },
      y: {
        type: 'number',
        position: 'left',
        title: { text: 'Cash paid to date' },
        label: { formatter: ({ value }: { value: unknown }) => formatMoneyCompact(Number(value)) },
      },
    },
  };
}

export function cliffOptions(
  cliff: { byMonth: number[]; none: number },
  runs: number,
  startMonth: string,
  look: ChartLook,
): AgCartesianChartOptions {
  const data: Row[] = cliff.byMonth.map((count, m) => ({
    month: shortMonthName(calendarMonth(startMonth, m)),
    share: count / runs,
    count,
  }));
  // Leading and trailing empty months say nothing; keep a month either side of the runs that hit.
  const first = Math.max(0, data.findIndex((r) => Number(r.count) > 0) - 1);
  let last = data.length - 1;
  while (last > first && Number(data[last].count) === 0) last--;
  const shown =
    data.findIndex((r) => Number(r.count) > 0) < 0 ? [] : data.slice(first, Math.min(data.length, last + 2));
  shown.push({ month: 'No cliff', share: cliff.none / runs, count: cliff.none });
  return {
    ...chartBase(look, shown, false),
    series: [
      {
        type: 'bar',
        xKey: 'month',
        yKey: 'share',
        yName: 'Share of runs',
        fill: look.colors.bad,
        tooltip: {
          renderer: ({ datum }: { datum: unknown }) => {
            const row = datum as Row;
            return {
              heading: String(row.month),
              data: [{ label: 'Runs', value: `${row.count} (${(Number(row.share) * 100).toFixed(1)}%)` }],
            };
          },
        },
      },
    ],
    axes: {
      x: { type: 'category', position: 'bottom', title: { text: 'First month paid in cash' } },
      y: {
        type: 'number',
        position: 'left',
        title: { text: 'Share of runs' },
        label: { formatter: ({ value }: { value: unknown }) => `${Math.round(Number(value) * 100)}%` },
      },
    },
  };
}

/**
 * Bars from the KPI at the point values to the KPI at each assumption's low and high end.
 * `wholeSteps`: the KPI moves in whole months, so the axis ticks every month and no tick falls
 * between two months (which would print the same month twice).
 */
export function tornadoOptions(
  t: SensitivityResult,
  horizon: number,
  format: (v: number) => string,
  wholeSteps: boolean,
  look: ChartLook,
): AgCartesianChartOptions {
  const base = t.base ?? horizon;
  const at = (v: number | null) => (v ?? horizon) - base;
  // Largest swing on top: a horizontal bar chart draws its first category at the top.
  const data: Row[] = t.assumptions.map((r) => ({
    name: r.assumption,
    low: at(r.kpiAtLow),
    high: at(r.kpiAtHigh),
    lowText: `${r.low}`,
    highText: `${r.high}`,
  }));
  // Whole months: half a month of room either side, so the end ticks (whole months) are drawn.
  const reach = Math.max(1, ...data.map((r) => Math.max(Math.abs(Number(r.low)), Math.abs(Number(r.high))))) + 0.5;
  const tip = (end: 'low' | 'high') => ({
    renderer: ({ datum }: { datum: unknown }) => {
      const row = datum as Row;
      return {
        heading: String(row.name),
        data: [
          { label: `At its ${end} (${row[`${end}Text`]})`, value: format(base + Number(row[end])) },
          { label: 'At the point values', value: format(base) },
        ],
      };
    },
  });
  return {
    ...chartBase(look, data, true),
    series: [
      {
        type: 'bar',
        direction: 'horizontal',
        xKey: 'name',
        yKey: 'low',
        yName: 'Assumption at its low',
        fill: look.colors.pools[0],
        grouped: false,
        tooltip: tip('low'),
      },
      {
        type: 'bar',
        direction: 'horizontal',
        xKey: 'name',
        yKey: 'high',
        yName: 'Assumption at its high',
        fill: look.colors.cash,
        grouped: false,
        tooltip: tip('high'),
      },
    ],
    axes: {
      x: { type: 'category', position: 'left' },
      y: {
        type: 'number',
        position: 'bottom',
        title: { text: `Change from ${format(base)}` },
        ...(wholeSteps ? { interval: { step: 1 }, min: -reach, max: reach } : {}),
        label: {
          formatter: ({ value }: { value: unknown }) =>
            wholeSteps && !Number.isInteger(Number(value)) ? '' : format(base + Number(value)),
        },
      },
    },
  };
}
