// The Monte Carlo figures as a finance lead reads them: P10 / P50 / P90 and mean of the money
// KPIs, the cliff month's percentiles, and per pool when it is used up and how often it forfeits.
import type { Pool } from '../../../../shared/model';
import type { MonthSpread, Spread } from '../../../../shared/ranges/percentiles';
import type { ScenarioSimulation } from '../../../../shared/ranges/simulation-summary';
import { formatMoney, formatMonth, formatPercent } from '../../../../shared/wording';

export interface RangeSummaryProps {
  summary: ScenarioSimulation;
  startMonth: string;
  pools: readonly Pool[];
}

export function RangeSummaryTables({ summary, startMonth, pools }: RangeSummaryProps) {
  const month = (m: number | null, never: string) => (m === null ? never : formatMonth(startMonth, m));
  const moneyRow = (label: string, s: Spread) => (
    <tr key={label}>
      <th scope="row">{label}</th>
      <td className="num">{formatMoney(s.p10)}</td>
      <td className="num">{formatMoney(s.p50)}</td>
      <td className="num">{formatMoney(s.p90)}</td>
      <td className="num">{formatMoney(s.mean)}</td>
    </tr>
  );
  const monthCells = (d: MonthSpread, never: string) =>
    [d.p10, d.p50, d.p90].map((m, i) => (
      <td key={i} className="num">
        {month(m, never)}
      </td>
    ));
  const cliff = summary.kpis.creditCliffMonth;
  return (
    <div className="range-tables">
      <table className="results-table" data-testid="simulation-kpis">
        <thead>
          <tr>
            <th>KPI</th>
            <th className="num">P10</th>
            <th className="num">P50</th>
            <th className="num">P90</th>
            <th className="num">Mean</th>
          </tr>
        </thead>
        <tbody>
          {moneyRow('Total AWS cost', summary.kpis.totalCost)}
          {moneyRow('Paid in cash', summary.kpis.cashCost)}
          {moneyRow('Credits forfeited', summary.kpis.creditsForfeited)}
          <tr data-testid="simulation-cliff-row">
            <th scope="row">Credit cliff</th>
            {monthCells(cliff, 'none')}
            <td className="num">{formatPercent(cliff.probabilityNone)} no cliff</td>
          </tr>
        </tbody>
      </table>
      <table className="results-table" data-testid="simulation-pools">
        <thead>
          <tr>
            <th>Pool</th>
            <th className="num">Used up P10</th>
            <th className="num">P50</th>
            <th className="num">P90</th>
            <th className="num">Forfeits in</th>
          </tr>
        </thead>
        <tbody>
          {summary.pools.map((p) => (
            <tr key={p.id}>
              <th scope="row">{pools.find((x) => x.id === p.id)?.name || p.id}</th>
              {monthCells(p.depletionMonth, 'never')}
              <td className="num">{formatPercent(p.forfeitProbability)} of runs</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
