// The "Plan vs actual" tab: after an import from AWS, each actual month against the plan (cost
// and credits, with the variance), each credit's draw against the plan and against AWS's
// documented order replayed on the real bills, and a chart of actual against planned cost.
import { useMemo } from 'react';
import type { AgCartesianChartOptions } from 'ag-charts-community';
import { ChartCard } from '../charts/ChartCard';
import { chartFileName } from '../charts/chart-format';
import { useChartTheme } from '../charts/chart-theme';
import { runCommand } from '../../commands/registry';
import { useStore } from '../../store/store';
import { selectActiveScenario } from '../../store/document-slice';
import { formatMoneyCents, formatMoneyCompact, formatMonth } from '../../../../shared/wording';
import { chartRows, monthRows, poolMonthRows, replayVerdict, type Check } from './plan-vs-actual-rows';
import './actuals.css';

const CHECK_TEXT: Record<Check, string> = { matches: '✓ matches', differs: '✗ differs', unknown: '—' };

function CheckCell({ check }: { check: Check }) {
  return <td className={`check-${check}`}>{CHECK_TEXT[check]}</td>;
}

export function PlanVsActualView() {
  const scenario = useStore(selectActiveScenario);
  const title = useStore((s) => s.workbook.title);
  const result = useStore((s) => s.byScenario.get(scenario.id));
  const look = useChartTheme();
  const actuals = result?.actuals;

  const chart = useMemo<AgCartesianChartOptions | null>(() => {
    if (actuals === undefined) return null;
    const bar = (yKey: string, yName: string, fill: string) => ({
      type: 'bar' as const,
      xKey: 'month',
      yKey,
      yName,
      fill,
      tooltip: {
        renderer: ({ datum }: { datum: Record<string, unknown> }) => ({
          title: yName,
          data: [{ label: String(datum.month), value: formatMoneyCents(Number(datum[yKey])) }],
        }),
      },
    });
    return {
      theme: look.theme,
      data: chartRows(actuals),
      animation: { enabled: false },
      legend: { enabled: true, position: 'bottom' },
      series: [
        bar('actualCost', 'Actual cost', look.colors.cash),
        bar('planCost', 'Planned cost', look.colors.muted),
        bar('actualCredits', 'Paid by credits (AWS)', look.colors.pools[0]),
        bar('planCredits', 'Paid by credits (plan)', look.colors.pools[1]),
      ],
      axes: {
        x: { type: 'category', position: 'bottom' },
        y: {
          type: 'number',
          position: 'left',
          label: { formatter: ({ value }: { value: unknown }) => formatMoneyCompact(Number(value)) },
        },
      },
    };
  }, [actuals, look]);

  if (result === undefined) return <p className="placeholder">Computing…</p>;
  if (actuals === undefined)
    return (
      <div className="placeholder" data-testid="plan-vs-actual-empty">
        <p>
          No actuals yet. Import your AWS costs and credits to see how the plan holds up and to forecast from today.
        </p>
        <button type="button" onClick={() => runCommand('file.import')}>
          Import from AWS…
        </button>
      </div>
    );

  const forecastFrom =
    actuals.forecastFrom < result.horizonMonths
      ? formatMonth(result.startMonth, actuals.forecastFrom)
      : 'no month left';
  const pools = poolMonthRows(result);
  return (
    <div className="plan-vs-actual" data-testid="plan-vs-actual">
      <p className="pva-summary">
        Actuals through <strong>{formatMonth(actuals.throughMonth, 0)}</strong>; the key figures and other tabs forecast
        from <strong>{forecastFrom}</strong>, starting from the balances AWS reports.
        {actuals.unknownMonths.length > 0 &&
          ` AWS could not return the credit allocations of ${actuals.unknownMonths.map((m) => formatMonth(m, 0)).join(', ')}: unknown, not zero.`}
      </p>
      <p className={`pva-verdict ${actuals.replayMatches === false ? 'differs' : ''}`} data-testid="replay-verdict">
        {replayVerdict(actuals, result)}
      </p>
      <table className="pva-table" data-testid="plan-vs-actual-months">
        <thead>
          <tr>
            <th>Month</th>
            <th>Actual cost</th>
            <th>Plan cost</th>
            <th>Variance</th>
            <th>Credits (AWS)</th>
            <th>Credits (plan)</th>
            <th>Variance</th>
            <th>AWS order check</th>
          </tr>
        </thead>
        <tbody>
          {monthRows(actuals).map((r) => (
            <tr key={r.month}>
              <td>
                {r.label}
                {r.estimated && (
                  <span className="pva-estimated" title="AWS has not finalised this bill">
                    {' '}
                    estimated
                  </span>
                )}
              </td>
              <td>{r.actualCost}</td>
              <td>{r.planCost}</td>
              <td>{r.costVariance}</td>
              <td>{r.actualCredits}</td>
              <td>{r.planCredits}</td>
              <td>{r.creditsVariance}</td>
              <CheckCell check={r.check} />
            </tr>
          ))}
        </tbody>
      </table>
      {pools.length > 0 && (
        <table className="pva-table" data-testid="plan-vs-actual-pools">
          <thead>
            <tr>
              <th>Month</th>
              <th className="text">Pool</th>
              <th>Paid (AWS)</th>
              <th>Paid (plan)</th>
              <th>Variance</th>
              <th>AWS order gives</th>
              <th>Check</th>
            </tr>
          </thead>
          <tbody>
            {pools.map((r) => (
              <tr key={r.key}>
                <td>{r.label}</td>
                <td className="text">{r.pool}</td>
                <td>{r.awsDraw}</td>
                <td>{r.planDraw}</td>
                <td>{r.variance}</td>
                <td>{r.ruleDraw}</td>
                <CheckCell check={r.check} />
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {chart !== null && (
        <ChartCard
          testId="chart-plan-vs-actual"
          title="Actual against plan, month by month"
          options={chart}
          fileName={chartFileName(title, scenario.name || scenario.id, 'plan vs actual')}
          height={280}
        />
      )}
    </div>
  );
}
