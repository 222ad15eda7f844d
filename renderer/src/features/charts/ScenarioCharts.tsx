// The "Charts" tab of the results: how the active scenario's monthly cost is paid (by which pool,
// or in cash), with the credit cliff and each pool's expiry marked, and each pool's balance.
import { useMemo } from 'react';
import { useResults } from '../../engine-host/engine-host';
import { selectActiveScenario, useDocument } from '../../store/document-store';
import { ChartCard } from './ChartCard';
import { monthMarkers, paidByRows, poolBalanceRows } from './chart-data';
import { balanceCaption, paidByCaption } from './chart-captions';
import { chartFileName } from './chart-format';
import { paidByOptions, poolBalanceOptions } from './chart-options';
import { useChartTheme } from './chart-theme';

export function ScenarioCharts() {
  const scenario = useDocument(selectActiveScenario);
  const title = useDocument((s) => s.workbook.title);
  const result = useResults((s) => s.byScenario.get(scenario.id));
  const look = useChartTheme();

  const charts = useMemo(() => {
    if (result === undefined) return null;
    const markers = monthMarkers(result);
    return {
      paid: paidByOptions(paidByRows(result), markers, look),
      balance: poolBalanceOptions(poolBalanceRows(result), markers, look),
    };
  }, [result, look]);

  if (result === undefined || charts === null) return <p className="placeholder">Computing…</p>;
  const name = scenario.name || scenario.id;
  return (
    <div className="chart-grid" data-testid="scenario-charts">
      <ChartCard
        testId="chart-paid-by"
        title="Monthly cost, by what pays it"
        caption={paidByCaption(result)}
        options={charts.paid}
        fileName={chartFileName(title, name, 'monthly cost by payer')}
      />
      {result.pools.length > 0 && (
        <ChartCard
          testId="chart-pool-balances"
          title="Credit balance of each pool"
          caption={balanceCaption(result)}
          options={charts.balance}
          fileName={chartFileName(title, name, 'pool balances')}
        />
      )}
    </div>
  );
}
