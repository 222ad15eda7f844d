// The engine the app and the CLI use: the compute engine, plus what imported AWS actuals
// change. Without actuals it is the compute engine's result unchanged. With them, each
// scenario's figures are the forecast from the month after the last actual month (opening
// balances from AWS, KPIs and runway from today), the issues are those of the plan as typed,
// and `actuals` carries plan against actual and our rule replayed on the real bills.
import type { Actuals } from '../../model/actuals-schema';
import type { Scenario, Workbook } from '../../model';
import {
  createEngine as createComputeEngine,
  monthIndex,
  type Engine,
  type EngineOptions,
  type ScenarioResult,
} from '../compute';
import { actualsByMonth, type ActualsByMonth } from './actual-months';
import { planVsActual } from './plan-vs-actual';
import { ForecastLines, forecastWorkbook, openingBalances, runwayFromToday } from './reforecast';
import { replayBilling, type Replay } from './replay';

interface Prepared {
  actuals: Actuals;
  byMonth: ActualsByMonth | null;
  replay: Replay;
}

export function createEngine(options: EngineOptions = {}): Engine {
  const plan = createComputeEngine(options);
  // The forecasts run in an engine of their own, so that each keeps its caches across edits.
  const forecast = createComputeEngine(options);
  const shift = new ForecastLines();
  // The actuals change only on import: arranged and replayed once, not per scenario or edit.
  let prepared: Prepared | null = null;

  function prepare(actuals: Actuals): Prepared {
    if (prepared?.actuals !== actuals) {
      const byMonth = actualsByMonth(actuals);
      prepared = {
        actuals,
        byMonth,
        replay: byMonth === null ? { draws: new Map() } : replayBilling(actuals.credits, byMonth.months),
      };
    }
    return prepared;
  }

  function withActuals(workbook: Workbook, scenario: Scenario, planned: ScenarioResult): ScenarioResult {
    if (workbook.actuals === undefined) return planned;
    const { actuals, byMonth, replay } = prepare(workbook.actuals);
    if (byMonth === null) return planned;
    const k = Math.min(
      scenario.horizonMonths,
      Math.max(0, monthIndex(byMonth.throughMonth) + 1 - monthIndex(scenario.startMonth)),
    );
    const credits = new Map(actuals.credits.map((c) => [c.creditId, c]));
    const opening = openingBalances(scenario, planned, credits, k);
    const forecasted = forecast.computeScenario(forecastWorkbook(workbook, scenario, k, opening, shift), scenario.id);
    return {
      ...forecasted,
      kpis: runwayFromToday(forecasted, k),
      issues: planned.issues,
      actuals: planVsActual({
        scenario,
        plan: planned,
        actuals,
        byMonth,
        replay,
        forecastFrom: k,
        openingBalances: opening,
      }),
    };
  }

  return {
    computeWorkbook(workbook) {
      return plan.computeWorkbook(workbook).map((result, i) => withActuals(workbook, workbook.scenarios[i], result));
    },
    computeScenario(workbook, scenarioId) {
      const result = plan.computeScenario(workbook, scenarioId);
      return withActuals(
        workbook,
        workbook.scenarios.find((s) => s.id === scenarioId)!,
        result,
      );
    },
  };
}
