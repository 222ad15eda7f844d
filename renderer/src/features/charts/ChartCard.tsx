// One chart on a card: a title, a one-line reading of what it shows, the chart, and "Save PNG".
// AG Charts Community draws on a canvas and downloads it itself; in Electron the same call goes
// through the window's ordinary download, so no extra IPC is needed.
import { useMemo, useRef, useState } from 'react';
import {
  BarSeriesModule,
  CategoryAxisModule,
  CrossLinesModule,
  LegendModule,
  LineSeriesModule,
  LocaleModule,
  ModuleRegistry,
  NumberAxisModule,
  type AgCartesianChartOptions,
  type AgChartInstance,
} from 'ag-charts-community';
import { AgCharts } from 'ag-charts-react';
import { styleNonce } from '../../style-nonce';
import './charts.css';

// Only what these charts use, so the bundle stays small. Registering twice is harmless.
ModuleRegistry.registerModules([
  BarSeriesModule,
  LineSeriesModule,
  CategoryAxisModule,
  NumberAxisModule,
  CrossLinesModule,
  LegendModule,
  LocaleModule,
]);

export interface ChartCardProps {
  title: string;
  /** A sentence that says what to read off the chart ("Credits run out in Feb 2028"). */
  caption?: string;
  options: AgCartesianChartOptions;
  /** The PNG's file name, without extension. */
  fileName: string;
  testId: string;
  height?: number;
}

export function ChartCard({ title, caption, options, fileName, testId, height = 320 }: ChartCardProps) {
  const chart = useRef<AgChartInstance>(null);
  // The <style> AG Charts injects carries the page's CSP nonce. Memoised: a new options object on
  // every render would make the chart update itself on every render.
  const withNonce = useMemo(() => ({ ...options, styleNonce: styleNonce() }), [options]);
  const [saving, setSaving] = useState(false);

  const save = async () => {
    if (chart.current === null) return;
    setSaving(true);
    try {
      await chart.current.download({ fileName });
    } finally {
      setSaving(false);
    }
  };

  return (
    <figure className="chart-card" data-testid={testId}>
      <figcaption className="chart-head">
        <div className="chart-titles">
          <h3>{title}</h3>
          {caption !== undefined && <p className="chart-caption">{caption}</p>}
        </div>
        <button
          type="button"
          data-testid="save-chart-png"
          onClick={() => void save()}
          disabled={saving}
          title={`Save this chart as ${fileName}.png`}
        >
          Save PNG
        </button>
      </figcaption>
      <AgCharts ref={chart} options={withNonce} style={{ height, width: '100%' }} />
    </figure>
  );
}
