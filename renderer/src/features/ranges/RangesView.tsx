// The "Ranges" tab of the results: run a Monte Carlo simulation of the active scenario over its
// ranged assumptions (progress bar, cancel), then read the spread: percentile tables, a fan of
// cumulative cash, the distribution of the cliff month, and a tornado of one KPI.
import { useEffect, useMemo, useState } from 'react';
import { AreaSeriesModule, ModuleRegistry } from 'ag-charts-community';
import { KPI_NAMES } from '../../../../shared/engine';
import type { KpiName } from '../../../../shared/ranges/sensitivity';
import { selectActiveScenario } from '../../store/document-slice';
import { useStore } from '../../store/store';
import { formatMoney, formatMonth, formatPercent } from '../../../../shared/wording';
import { ChartCard } from '../charts/ChartCard';
import { chartFileName } from '../charts/chart-format';
import { useChartTheme } from '../charts/chart-theme';
import { cliffOptions, fanOptions, tornadoOptions } from './range-chart-options';
import { GoalSeekPanel } from './GoalSeekPanel';
import { RangeSummaryTables } from './RangeSummaryTables';
import { cancelSimulation, requestTornado, startSimulation, useSimulation } from './simulation-host';
import './ranges.css';

// The fan's band is an area series, which the other charts do not need.
ModuleRegistry.registerModules([AreaSeriesModule]);

const MONTH_KPIS = new Set<KpiName>(['creditCliffMonth', 'cashRunwayMonths', 'runwayExtensionMonths']);

function kpiFormat(kpi: KpiName, startMonth: string): (v: number) => string {
  if (kpi === 'creditCliffMonth') return (v) => formatMonth(startMonth, v);
  if (MONTH_KPIS.has(kpi)) return (v) => `${v.toFixed(1)} mo`;
  if (kpi === 'creditCoverage') return (v) => formatPercent(v);
  return (v) => formatMoney(v);
}

export function RangesView() {
  const workbook = useStore((s) => s.workbook);
  const scenario = useStore(selectActiveScenario);
  const title = useStore((s) => s.workbook.title);
  const sim = useSimulation();
  const look = useChartTheme();
  const [runsText, setRunsText] = useState('2000');
  const [seedText, setSeedText] = useState('1');
  const [kpi, setKpi] = useState<KpiName>('creditCliffMonth');
  const ranged = scenario.assumptions.filter((a) => a.range !== undefined);
  const runs = Number(runsText);
  const seed = Number(seedText);
  const inputsOk = Number.isInteger(runs) && runs >= 1 && runs <= 100_000 && Number.isInteger(seed) && seed >= 0;
  const running = sim.status === 'running';
  const outcome = sim.scenarioId === scenario.id ? sim.outcome : null;

  // The tornado follows the model: recomputed (in a worker) when the workbook or the KPI changes.
  useEffect(() => {
    if (ranged.length > 0) requestTornado(workbook, scenario.id, kpi);
  }, [workbook, scenario.id, kpi, ranged.length]);

  const charts = useMemo(() => {
    if (outcome === null) return null;
    return {
      fan: fanOptions(outcome.fan, scenario.startMonth, look),
      cliff: cliffOptions(outcome.cliff, outcome.runs, scenario.startMonth, look),
    };
  }, [outcome, scenario.startMonth, look]);
  const tornado =
    sim.tornado !== null && sim.tornado.scenario === scenario.id && sim.tornado.kpi === kpi ? sim.tornado : null;
  const tornadoChart = useMemo(
    () =>
      tornado === null
        ? null
        : tornadoOptions(
            tornado,
            scenario.horizonMonths,
            kpiFormat(kpi, scenario.startMonth),
            kpi === 'creditCliffMonth',
            look,
          ),
    [tornado, scenario.horizonMonths, scenario.startMonth, kpi, look],
  );

  if (ranged.length === 0) {
    return (
      <div className="ranges-view">
        <p className="placeholder" data-testid="ranges-empty">
          No assumption of this scenario has a range. Pick a distribution in the Range column of the Assumptions grid
          (uniform, triangular, normal or lognormal) to simulate thousands of plans and see the spread of the credit
          cliff.
        </p>
        <GoalSeekPanel key={scenario.id} workbook={workbook} scenario={scenario} />
      </div>
    );
  }
  const name = scenario.name || scenario.id;
  return (
    <div className="ranges-view" data-testid="ranges-view">
      <div className="ranges-controls">
        <label>
          Runs{' '}
          <input
            className="num"
            data-testid="simulation-runs"
            value={runsText}
            onChange={(e) => setRunsText(e.target.value)}
            disabled={running}
            size={7}
          />
        </label>
        <label>
          Seed{' '}
          <input
            className="num"
            data-testid="simulation-seed"
            value={seedText}
            onChange={(e) => setSeedText(e.target.value)}
            disabled={running}
            size={6}
          />
        </label>
        <button
          type="button"
          className="primary"
          data-testid="simulation-run"
          disabled={running || !inputsOk}
          onClick={() => startSimulation(workbook, scenario.id, runs, seed)}
        >
          Run simulation
        </button>
        <button type="button" data-testid="simulation-cancel" disabled={!running} onClick={cancelSimulation}>
          Cancel
        </button>
        {running && (
          <span className="ranges-progress">
            <progress data-testid="simulation-progress" value={sim.done} max={sim.runs} />
            {sim.done.toLocaleString('en-US')} of {sim.runs.toLocaleString('en-US')} runs
          </span>
        )}
        <span className="ranges-status" data-testid="simulation-status">
          {sim.status === 'cancelled' && 'Cancelled.'}
          {sim.status === 'error' && `Could not simulate: ${sim.message}`}
          {sim.status === 'done' &&
            outcome !== null &&
            `${outcome.runs.toLocaleString('en-US')} runs, seed ${outcome.seed}, in ${(outcome.ms / 1000).toFixed(1)} s`}
        </span>
      </div>
      <p className="ranges-note">
        Drawn each run: {ranged.map((a) => a.name).join(', ')}. Percentiles by nearest rank; the same seed gives the
        same figures.
      </p>
      {outcome !== null && charts !== null && (
        <>
          <RangeSummaryTables summary={outcome.summary} startMonth={scenario.startMonth} pools={scenario.pools} />
          <div className="chart-grid">
            <ChartCard
              testId="chart-cash-fan"
              title="Cash paid to date: P10 to P90"
              caption={`Median ${formatMoney(outcome.fan.p50[outcome.fan.p50.length - 1])} by the end of the plan`}
              options={charts.fan}
              fileName={chartFileName(title, name, 'cash fan')}
            />
            <ChartCard
              testId="chart-cliff-distribution"
              title="When the credit cliff comes"
              caption={`No cliff within the plan in ${formatPercent(outcome.summary.kpis.creditCliffMonth.probabilityNone)} of runs`}
              options={charts.cliff}
              fileName={chartFileName(title, name, 'cliff distribution')}
            />
          </div>
        </>
      )}
      <GoalSeekPanel key={scenario.id} workbook={workbook} scenario={scenario} />
      <div className="tornado-head">
        <label>
          Sensitivity of{' '}
          <select data-testid="tornado-kpi" value={kpi} onChange={(e) => setKpi(e.target.value as KpiName)}>
            {KPI_NAMES.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </label>
        <span className="ranges-note">each ranged assumption at its low and its high, the others at their values</span>
      </div>
      {tornadoChart !== null && tornado !== null && (
        <ChartCard
          testId="chart-tornado"
          title={`What moves ${kpi} most`}
          caption={
            tornado.assumptions[0] === undefined ? undefined : `${tornado.assumptions[0].assumption} swings it most`
          }
          options={tornadoChart}
          fileName={chartFileName(title, name, `tornado ${kpi}`)}
          height={Math.max(160, 60 + 44 * tornado.assumptions.length)}
        />
      )}
    </div>
  );
}
