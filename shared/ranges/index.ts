// Ranges on assumptions: Monte Carlo, goal seek and sensitivity, on top of the engine.
// Pure (no DOM, no Node): the CLI runs it in worker threads, the app in Web Workers.
export { RangeInputError, withAssumptionValues } from './assumption-values';
export { rangeDrawProblem, rangeEnds, rangeQuantile } from './distributions';
export { goalSeek, goalSeekInterval, seekBoundary } from './goal-seek';
export { drawsFor, joinRows, runRows, simulationPlan, splitRuns, type SimulationPlan } from './monte-carlo';
export { monthSpreadOf, nearestRank, spreadOf, type MonthSpread, type Spread } from './percentiles';
export { nameKey, uniformDraw } from './random';
export { sensitivity, type KpiName } from './sensitivity';
export { summarizeRuns, type ScenarioSimulation } from './simulation-summary';
export { checkTarget, parseTargetSpec, targetHolds } from './target-spec';
export { editRangeField } from './range-edit';
