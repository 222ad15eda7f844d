// The Compare view: scenarios of the open workbook and of other files side by side, a KPI table
// with changes against the baseline, what changed between two of them, and cash paid to date.
import { lazy, Suspense, useMemo, useState } from 'react';
import { AS_DECLARED_LABEL, type CompareColumn, diffScenarios } from '../../../../shared/engine';
import { bridgeNow } from '../../bridge/get-bridge';
import { PanelBoundary } from '../../components/PanelBoundary';
import { addCompareFile } from './add-compare-file';
import { compareCsvText, compareFileName } from './compare-export';
import { diffPair } from './compare-picks';
import { ComparePicker } from './ComparePicker';
import { DiffPanel } from './DiffPanel';
import { KpiCompareTable } from './KpiCompareTable';
import { useCompareSources } from './use-compare-sources';
import './compare.css';
import { useStore } from '../../store/store';

// The charts library loads with the first chart shown, not at start-up.
const CumulativeCashChart = lazy(() =>
  import('../charts/CumulativeCashChart').then((m) => ({ default: m.CumulativeCashChart })),
);

export function CompareView() {
  const { sources, resolved } = useCompareSources();
  const diffFrom = useStore((s) => s.diffFrom);
  const diffTo = useStore((s) => s.diffTo);
  const notify = useStore((s) => s.notify);
  const [adding, setAdding] = useState(false);

  // Columns whose results are in; a file that failed to compute is left out (its error shows above).
  const ready = useMemo(() => resolved.filter((r) => r.result !== undefined), [resolved]);
  const waiting = resolved.length - ready.length;
  const columns = useMemo<CompareColumn[]>(
    () => ready.map((r) => ({ ref: r.ref, name: r.label, result: r.result! })),
    [ready],
  );
  const pair = useMemo(() => diffPair(ready, diffFrom, diffTo), [ready, diffFrom, diffTo]);
  const diff = useMemo(
    () =>
      pair === null
        ? undefined
        : diffScenarios(
            {
              scenario: pair.from.scenario,
              result: pair.from.result!,
              company: pair.from.company,
              priceOverrides: pair.from.priceOverrides,
            },
            {
              scenario: pair.to.scenario,
              result: pair.to.result!,
              company: pair.to.company,
              priceOverrides: pair.to.priceOverrides,
            },
          ),
    [pair],
  );
  // A plan drawn as declared says so in the chart's legend too (issue 14, item 10).
  const chartEntries = useMemo(
    () =>
      ready.map((r) => ({
        name: r.result!.allocation === 'as-declared' ? `${r.label} (${AS_DECLARED_LABEL})` : r.label,
        result: r.result!,
      })),
    [ready],
  );

  const add = async () => {
    setAdding(true);
    try {
      await addCompareFile();
    } finally {
      setAdding(false);
    }
  };

  const exportCsv = async () => {
    const name = compareFileName(ready.map((r) => r.label));
    try {
      if (await bridgeNow().exportCsv(name, compareCsvText(columns, diff)))
        notify({ kind: 'info', text: `Exported the comparison as ${name}` });
    } catch (error) {
      notify({ kind: 'error', text: `Export failed: ${error instanceof Error ? error.message : String(error)}` });
    }
  };

  return (
    <div className="compare-view" data-testid="compare-view">
      <section className="panel" aria-label="Scenarios to compare">
        <div className="panel-head">
          <h2>Scenarios to compare</h2>
          <div className="panel-actions">
            <button
              type="button"
              onClick={() => void add()}
              disabled={adding}
              data-testid="compare-add-file"
              title="Open another workbook file, read-only, to compare its scenarios"
            >
              Add file…
            </button>
            <button
              type="button"
              onClick={() => void exportCsv()}
              disabled={columns.length === 0}
              data-testid="compare-export-csv"
              title="The KPI table and the diff below, as one CSV file"
            >
              Export CSV…
            </button>
          </div>
        </div>
        <ComparePicker sources={sources} resolved={resolved} />
        <p className="muted small compare-hint">
          The first scenario picked is the baseline: every other column shows its change against it. Use “Make baseline”
          or the arrows in the table to reorder.
        </p>
      </section>

      <section className="panel" aria-label="Key figures compared">
        <div className="panel-head">
          <h2>Key figures</h2>
          {waiting > 0 && <span className="muted small">computing {waiting} more…</span>}
        </div>
        <PanelBoundary name="comparison table">
          {columns.length === 0 ? (
            <p className="placeholder">{resolved.length === 0 ? 'Pick at least one scenario above.' : 'Computing…'}</p>
          ) : (
            <KpiCompareTable columns={columns} picks={ready} />
          )}
        </PanelBoundary>
      </section>

      {chartEntries.length > 0 && (
        <section className="panel" aria-label="Cash paid to date">
          <PanelBoundary name="comparison chart">
            <Suspense fallback={<p className="placeholder">Loading chart…</p>}>
              <CumulativeCashChart
                entries={chartEntries}
                fileName={compareFileName(ready.map((r) => r.label)).replace(/\.csv$/, '')}
              />
            </Suspense>
          </PanelBoundary>
        </section>
      )}

      <section className="panel" aria-label="What changed">
        <div className="panel-head">
          <h2>What changed</h2>
        </div>
        <PanelBoundary name="diff">
          {pair === null || diff === undefined ? (
            <p className="placeholder" data-testid="compare-diff">
              Pick two scenarios to see what changed between them.
            </p>
          ) : (
            <DiffPanel picks={ready} from={pair.from} to={pair.to} diff={diff} />
          )}
        </PanelBoundary>
      </section>
    </div>
  );
}
