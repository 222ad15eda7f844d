// AG Charts options for CreditStack's three charts. Kept apart from the components so the axes,
// markers and tooltips a finance lead reads are built (and tested) in one place.
import type { AgCartesianChartOptions, AgCartesianCrossLineOptions, AgChartTheme } from 'ag-charts-community';
import type { ChartColors } from './chart-theme';
import type { ChartRows, MonthMarker } from './chart-data';
import { formatMoneyCents, formatMoneyCompact, monthName } from '../../../../shared/wording';

export interface ChartLook {
  theme: AgChartTheme;
  colors: ChartColors;
}

type Row = Record<string, unknown>;

function monthOf(datum: unknown): string {
  const ym = (datum as Row | undefined)?.ym;
  return typeof ym === 'string' ? monthName(ym) : '';
}

function axes(
  look: ChartLook,
  markers: readonly MonthMarker[],
  horizonMonths: number,
  yTitle: string,
): AgCartesianChartOptions['axes'] {
  const labels = markerLabels(markers, horizonMonths);
  return {
    x: {
      type: 'category',
      position: 'bottom',
      label: { autoRotate: false, avoidCollisions: true, wrapping: 'never' },
      crossLines: markers.map((mk, i) => crossLine(mk, labels[i], look.colors)),
    },
    y: {
      type: 'number',
      position: 'left',
      title: { text: yTitle },
      label: { formatter: ({ value }: { value: unknown }) => formatMoneyCompact(Number(value)) },
    },
  };
}

/**
 * The text above each marker line. Labels sit centred above the plot; markers closer than about
 * an eighth of the horizon would print over each other, so such a cluster shares one label on
 * its first line ("Bedrock POC expires Jan 28 · Credit cliff Feb 28") and the others stay unlabelled.
 */
export function markerLabels(markers: readonly MonthMarker[], horizonMonths: number): (string | null)[] {
  const gap = Math.max(2, Math.ceil(horizonMonths / 8));
  const labels: (string | null)[] = markers.map(() => null);
  for (let i = 0; i < markers.length;) {
    let j = i;
    while (j + 1 < markers.length && markers[j + 1].m - markers[j].m < gap) j++;
    labels[i] =
      j === i
        ? markers[i].text
        : markers
            .slice(i, j + 1)
            .map((mk) => `${mk.text} ${mk.month}`)
            .join(' · ');
    i = j + 1;
  }
  return labels;
}

/** A labelled vertical line: red for the credit cliff, a dashed muted line for an expiry. */
export function crossLine(marker: MonthMarker, label: string | null, colors: ChartColors): AgCartesianCrossLineOptions {
  const cliff = marker.kind !== 'expiry';
  return {
    type: 'line',
    value: marker.month,
    stroke: cliff ? colors.bad : colors.muted,
    strokeWidth: cliff ? 2 : 1.5,
    lineDash: cliff ? undefined : [6, 4],
    label: {
      enabled: label !== null,
      text: label ?? '',
      // Above the plot, so a label never sits on a bar or a line.
      position: 'top',
      color: cliff ? colors.bad : colors.muted,
      fontWeight: cliff ? 'bold' : 'normal',
      fontSize: 11,
    },
  };
}

/** Monthly cost as stacked bars: what each pool paid, then what was paid in cash. */
export function paidByOptions(
  data: ChartRows,
  markers: readonly MonthMarker[],
  look: ChartLook,
): AgCartesianChartOptions {
  return {
    theme: look.theme,
    data: data.rows,
    animation: { enabled: false },
    legend: { enabled: true, position: 'bottom' },
    series: data.series.map((s) => {
      const poolIndex = s.key === 'cash' ? -1 : Number(s.key.slice(1));
      return {
        type: 'bar' as const,
        xKey: 'month',
        yKey: s.key,
        yName: s.name,
        stacked: true,
        fill: poolIndex < 0 ? look.colors.cash : look.colors.pools[poolIndex % look.colors.pools.length],
        tooltip: {
          renderer: ({ datum }: { datum: unknown }) => {
            const row = datum as Row;
            return {
              heading: monthOf(datum),
              title: s.name,
              data: [
                {
                  label: poolIndex < 0 ? 'Paid in cash' : 'Paid by this pool',
                  value: formatMoneyCents(Number(row[s.key])),
                },
                { label: 'Month’s AWS cost', value: formatMoneyCents(Number(row.cost)) },
              ],
            };
          },
        },
      };
    }),
    axes: axes(look, markers, data.rows.length, 'Monthly AWS cost'),
  };
}

/** Each pool's balance at month end, one line per pool. */
export function poolBalanceOptions(
  data: ChartRows,
  markers: readonly MonthMarker[],
  look: ChartLook,
): AgCartesianChartOptions {
  return {
    theme: look.theme,
    data: data.rows,
    animation: { enabled: false },
    legend: { enabled: true, position: 'bottom' },
    series: data.series.map((s) => {
      const color = look.colors.pools[Number(s.key.slice(1)) % look.colors.pools.length];
      return {
        type: 'line' as const,
        xKey: 'month',
        yKey: s.key,
        yName: s.name,
        stroke: color,
        strokeWidth: 2,
        marker: { enabled: false, fill: color, stroke: color },
        tooltip: {
          renderer: ({ datum }: { datum: unknown }) => ({
            heading: monthOf(datum),
            title: s.name,
            data: [{ label: 'Balance at month end', value: formatMoneyCents(Number((datum as Row)[s.key])) }],
          }),
        },
      };
    }),
    axes: axes(look, markers, data.rows.length, 'Credit balance'),
  };
}

/** Cash paid to date, one line per compared scenario. */
export function cumulativeCashOptions(data: ChartRows, look: ChartLook): AgCartesianChartOptions {
  return {
    theme: look.theme,
    data: data.rows,
    animation: { enabled: false },
    legend: { enabled: true, position: 'bottom' },
    series: data.series.map((s, i) => {
      const color = SCENARIO_COLORS[i % SCENARIO_COLORS.length];
      return {
        type: 'line' as const,
        xKey: 'month',
        yKey: s.key,
        yName: s.name,
        stroke: color,
        strokeWidth: i === 0 ? 3 : 2,
        // The baseline is solid; the others dashed patterns as well as colours, for print and colour blindness.
        lineDash: i === 0 ? undefined : DASHES[(i - 1) % DASHES.length],
        marker: { enabled: false, fill: color, stroke: color },
        tooltip: {
          renderer: ({ datum }: { datum: unknown }) => ({
            heading: monthOf(datum),
            title: s.name,
            data: [{ label: 'Cash paid to date', value: formatMoneyCents(Number((datum as Row)[s.key])) }],
          }),
        },
      };
    }),
    axes: axes(look, [], data.rows.length, 'Cash paid to date'),
  };
}

const SCENARIO_COLORS = ['#2f6fde', '#d9652b', '#1f9d74', '#7b5cd6', '#b8508f', '#1796ad', '#6d8f1f', '#4a5fa8'];
const DASHES: number[][] = [
  [8, 4],
  [2, 3],
  [10, 3, 2, 3],
  [4, 4],
];
