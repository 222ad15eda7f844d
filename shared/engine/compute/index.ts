// The compute pipeline: workbook -> per-scenario results (assumptions, line costs, the billing
// simulation, KPIs, program rules). It never needs the schema library, so the app's engine
// worker imports this sub-barrel rather than the engine's index (which adds the edits).
export { createEngine, hasErrors, type Engine, type EngineOptions } from './engine';
export type * from './results';
export type { ExprFault } from '../../expr';
export { ISSUE_CODE_FACTS, uncomputedCount } from './issue-codes';
export { awardStarted, calendarMonth, calendarSeries, lastDollarMonth, lastUsableMonth, monthIndex } from './calendar';
export { simulateBilling, type SimulationPool, type SimulationResult } from './billing-simulation';
export { applicationOrder } from './credit-rule';
export { cashRunwayMonths } from './runway';
export { builtinBindings, resolveAssumptions } from './assumptions';
export { ExpressionCache } from './expression-cache';
