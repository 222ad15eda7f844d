// The workbook window: toolbar, scenario tabs, KPI cards, the lines grid with the issues beside
// it, pools and assumptions, and the results tables.
import { lazy, Suspense, useState } from 'react';
import { AssumptionsGrid } from './features/assumptions/AssumptionsGrid';
import { CompanyProfile } from './features/company/CompanyProfile';
import { ExportDialog } from './features/export/ExportDialog';
import { ImportDialog } from './features/import/ImportDialog';
import { IssuesPanel } from './features/issues/IssuesPanel';
import { LinesGrid } from './features/lines/LinesGrid';
import { PoolsGrid } from './features/pools/PoolsGrid';
import { KpiCards } from './features/results/KpiCards';
import { MonthlyTable } from './features/results/MonthlyTable';
import { LineMonthGrid } from './features/results/LineMonthGrid';
import { PricesPanel } from './features/prices/PricesPanel';
import { PoolResultsTable } from './features/results/PoolResultsTable';
import { ScenarioSettings } from './features/scenarios/ScenarioSettings';
import { LinkedBanner } from './features/linked/LinkedBanner';
import { ScenarioTabs } from './features/scenarios/ScenarioTabs';
import { Toolbar } from './components/Toolbar';
import { NoticeBar } from './components/NoticeBar';
import { RecoveryBanner } from './components/RecoveryBanner';
import { PanelBoundary } from './components/PanelBoundary';
import { CompareView } from './features/compare/CompareView';
import { useStore } from './store/store';
import { useRevealedPanel } from './components/use-revealed-panel';
import { ViewSwitch } from './features/compare/ViewSwitch';

type ResultsTab = 'pools' | 'monthly' | 'lineMonths' | 'charts' | 'ranges' | 'actuals';

// The charts library loads only when a chart is first shown, so it never slows start-up.
const ScenarioCharts = lazy(() =>
  import('./features/charts/ScenarioCharts').then((m) => ({ default: m.ScenarioCharts })),
);
const PlanVsActualView = lazy(() =>
  import('./features/actuals/PlanVsActualView').then((m) => ({ default: m.PlanVsActualView })),
);
const RangesView = lazy(() => import('./features/ranges/RangesView').then((m) => ({ default: m.RangesView })));

const closeExport = () => useStore.getState().setExportOpen(false);
const closeImport = () => useStore.getState().setImportOpen(false);

export function App() {
  const [resultsTab, setResultsTab] = useState<ResultsTab>('pools');
  const view = useStore((s) => s.view);
  const exportOpen = useStore((s) => s.exportOpen);
  const importOpen = useStore((s) => s.importOpen);
  const settingsOpen = useStore((s) => s.settingsOpen);
  const panel = useRevealedPanel();

  return (
    <div className="app">
      <Toolbar />
      <RecoveryBanner />
      <NoticeBar />
      <ViewSwitch />
      {view === 'compare' ? (
        <PanelBoundary name="compare">
          <CompareView />
        </PanelBoundary>
      ) : (
        <>
          <PanelBoundary name="scenario tabs">
            <ScenarioTabs />
            <LinkedBanner />
          </PanelBoundary>
          {settingsOpen && (
            <section className="settings-drawer" aria-label="Scenario and company settings">
              <PanelBoundary name="settings">
                <ScenarioSettings />
                <CompanyProfile />
              </PanelBoundary>
            </section>
          )}
          <PanelBoundary name="KPI">
            <KpiCards />
          </PanelBoundary>
          <div className="workspace">
            <section className="panel lines-panel" aria-label="Workload lines" {...panel('lines')}>
              <PanelBoundary name="lines">
                <LinesGrid />
              </PanelBoundary>
            </section>
            <aside className="panel issues-panel" aria-label="Issues" {...panel('issues')}>
              <PanelBoundary name="issues">
                <IssuesPanel />
              </PanelBoundary>
            </aside>
          </div>
          <div className="workspace two-up">
            <section className="panel" aria-label="Credit pools" {...panel('pools')}>
              <PanelBoundary name="pools">
                <PoolsGrid />
              </PanelBoundary>
            </section>
            <section className="panel" aria-label="Assumptions" {...panel('assumptions')}>
              <PanelBoundary name="assumptions">
                <AssumptionsGrid />
              </PanelBoundary>
            </section>
          </div>
          <section className="panel results-panel" aria-label="Results" {...panel('results')}>
            <div className="tabs" role="tablist">
              <button role="tab" aria-selected={resultsTab === 'pools'} onClick={() => setResultsTab('pools')}>
                Pools
              </button>
              <button role="tab" aria-selected={resultsTab === 'monthly'} onClick={() => setResultsTab('monthly')}>
                Month by month
              </button>
              <button
                role="tab"
                aria-selected={resultsTab === 'lineMonths'}
                onClick={() => setResultsTab('lineMonths')}
                data-testid="results-tab-line-months"
              >
                Lines by month
              </button>
              <button
                role="tab"
                aria-selected={resultsTab === 'charts'}
                onClick={() => setResultsTab('charts')}
                data-testid="results-tab-charts"
              >
                Charts
              </button>
              <button
                role="tab"
                aria-selected={resultsTab === 'ranges'}
                onClick={() => setResultsTab('ranges')}
                data-testid="results-tab-ranges"
              >
                Ranges
              </button>
              <button
                role="tab"
                aria-selected={resultsTab === 'actuals'}
                onClick={() => setResultsTab('actuals')}
                data-testid="results-tab-actuals"
              >
                Plan vs actual
              </button>
            </div>
            <PanelBoundary name="results">
              {resultsTab === 'pools' ? (
                <PoolResultsTable />
              ) : resultsTab === 'monthly' ? (
                <MonthlyTable />
              ) : resultsTab === 'lineMonths' ? (
                <LineMonthGrid />
              ) : resultsTab === 'actuals' ? (
                <Suspense fallback={<p className="placeholder">Loading…</p>}>
                  <PlanVsActualView />
                </Suspense>
              ) : resultsTab === 'ranges' ? (
                <Suspense fallback={<p className="placeholder">Loading…</p>}>
                  <RangesView />
                </Suspense>
              ) : (
                <Suspense fallback={<p className="placeholder">Loading charts…</p>}>
                  <ScenarioCharts />
                </Suspense>
              )}
            </PanelBoundary>
          </section>
          <section className="panel" aria-label="Prices">
            <PanelBoundary name="prices">
              <PricesPanel />
            </PanelBoundary>
          </section>
        </>
      )}
      {exportOpen && <ExportDialog onClose={closeExport} />}
      {importOpen && <ImportDialog onClose={closeImport} />}
    </div>
  );
}
