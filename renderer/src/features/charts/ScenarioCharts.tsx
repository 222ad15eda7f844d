// The "Charts" tab of the results: how the active scenario's monthly cost is paid (by which pool,
// or in cash), with the credit cliff and each pool's expiry marked, and each pool's balance.
import { useMemo } from 'react';
import { ChartCard } from './ChartCard';
import { monthMarkers, paidByRows, poolBalanceRows } from './chart-data';
import { balanceCaption, paidByCaption } from './chart-captions';
import { chartFileName } from './chart-format';
import { paidByOptions, poolBalanceOptions } from './chart-options';
import { useChartTheme } from './chart-theme';
import { useStore } from '../../store/store';
import { selectActiveScenario } from '../../store/document-slice';

export function ScenarioCharts() {
  const scenario = useStore(selectActiveScenario);
  const title = useStore((s) => s.workbook.title);
  const result = useStore((s) => s.byScenario.get(scenario.id));
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
