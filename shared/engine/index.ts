export { createEngine, hasErrors, type Engine, type EngineOptions } from './engine';
export { calendarMonth, calendarSeries } from './calendar';
export { scenarioResultToJson, type ScenarioJson } from './result-json';
export { compareScenarios, kpiDelta, KPI_NAMES, type CompareEntry, type CompareResult, type KpiDelta } from './compare';
export { simulateBilling, applicationOrder, type SimulationInput, type SimulationPool, type SimulationResult } from './billing-simulation';
export { poolCanPay, poolServiceCount } from './eligibility';
export type * from './results';
