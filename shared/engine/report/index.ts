// Reporting: what is shown or exported from computed results - the comparison of scenarios and
// its table, the diff of two scenarios, the CSV export tables and the CLI's JSON.
export { compareScenarios, KPI_NAMES } from './compare';
export {
  compareCsvRows,
  compareKpiRows,
  poolIdOf,
  type CompareColumn,
  type CompareKpiRow,
  type Verdict,
} from './compare-table';
export { diffScenarios, type DiffSide, type FieldChange, type RowDiff, type ScenarioDiff } from './diff';
export * from './export-tables';
export { AS_DECLARED_LABEL, AS_DECLARED_NOTE, changedByAllocation } from './allocation-labels';
export {
  apportionCents,
  apportionColumns,
  footedMonths,
  footedTotals,
  wholeCents,
  type FootedMonths,
  type FootedTotals,
} from './footing';
export { columnTargets, footBothWays } from './foot-both-ways';
export { issueJson, scenarioResultToJson, type IssueJson } from './result-json';
