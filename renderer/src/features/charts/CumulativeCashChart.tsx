// Across the compared scenarios: cash paid to date, one line per scenario, on one calendar axis.
import { useMemo } from 'react';
import type { ScenarioResult } from '../../../../shared/engine';
import { ChartCard } from './ChartCard';
import { cumulativeCashRows } from './chart-data';
import { cumulativeCaption } from './chart-captions';
import { chartFileName } from './chart-format';
import { cumulativeCashOptions } from './chart-options';
import { useChartTheme } from './chart-theme';

export interface CumulativeCashProps {
  entries: readonly { name: string; result: ScenarioResult }[];
  fileName: string;
}

export function CumulativeCashChart({ entries, fileName }: CumulativeCashProps) {
  const look = useChartTheme();
  const options = useMemo(() => cumulativeCashOptions(cumulativeCashRows(entries), look), [entries, look]);
  return (
    <ChartCard
      testId="chart-cumulative-cash"
      title="Cash paid to date"
      caption={cumulativeCaption(entries)}
      options={options}
      fileName={chartFileName(fileName, 'cash paid to date')}
      height={340}
    />
  );
}
