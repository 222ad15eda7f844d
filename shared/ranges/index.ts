// Ranges on assumptions: Monte Carlo, goal seek and sensitivity, on top of the engine.
// Pure (no DOM, no Node): the CLI runs it in worker threads, the app in Web Workers.
export {
  findScenario,
  pointNumber,
  RangeInputError,
  rangedAssumptions,
  withAssumptionValues,
  type RangedAssumption,
} from './assumption-values';
export { rangeDrawProblem, rangeEnds, rangeMedian, rangeQuantile, rangeSpan } from './distributions';
export {
  goalSeek,
  goalSeekInterval,
  seekBoundary,
  RELATIVE_TOLERANCE,
  type Boundary,
  type GoalSeekAnswer,
} from './goal-seek';
export {
  drawsFor,
  joinRows,
  runRows,
  RunRow,
  simulationPlan,
  splitRuns,
  writeRunRow,
  type SimulationPlan,
} from './monte-carlo';
export { monthSpreadOf, nearestRank, percentileOfSorted, spreadOf, type MonthSpread, type Spread } from './percentiles';
export { nameKey, uniformDraw } from './random';
export { sensitivity, type KpiName, type SensitivityResult, type SensitivityRow } from './sensitivity';
export {
  cliffDistribution,
  column,
  cumulativeCashFan,
  summarizeRuns,
  type CashFan,
  type ScenarioSimulation,
} from './simulation-summary';
export { checkTarget, parseTargetSpec, targetHolds, type TargetSpec } from './target-spec';
export {
  editRangeField,
  RANGE_FIELDS,
  rangeFieldApplies,
  rangeParts,
  type RangeEdit,
  type RangeField,
} from './range-edit';
