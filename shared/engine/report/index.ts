// Reporting: what is shown or exported from computed results - the comparison of scenarios and
// its table, the diff of two scenarios, the CSV export tables and the CLI's JSON.
export { compareScenarios, kpiDelta, KPI_NAMES, type CompareEntry, type CompareResult, type KpiDelta } from './compare';
export {
  compareCsvRows,
  compareKpiRows,
  type CompareColumn,
  type CompareKpiRow,
  type CompareUnit,
  type Verdict,
} from './compare-table';
export {
  diffScenarios,
  SCENARIO_SETTING_FIELDS,
  type DiffSide,
  type DiffStatus,
  type FieldChange,
  type RowDiff,
  type ScenarioDiff,
} from './diff';
export * from './export-tables';
export { apportionCents, wholeCents } from './footing';
export { issueJson, scenarioResultToJson, type IssueJson, type ScenarioJson } from './result-json';
