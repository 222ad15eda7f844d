// Side-by-side KPIs of several scenarios (of one workbook or of several files), each with its
// difference from the first, the baseline. A delta is null where either value is null.
import type { Kpis, ScenarioResult } from '../compute/results';

export interface CompareEntry {
  /** How the user named it: "plan.creditstack#sonnet". */
  ref: string;
  name: string;
  result: ScenarioResult;
}

type KpiDelta = { [K in keyof Kpis]: number | null };

export interface CompareResult {
  baseline: string;
  scenarios: {
    ref: string;
    name: string;
    /** The scenario's first month: its month values are offsets from it. */
    startMonth: string;
    kpis: Kpis;
    delta: KpiDelta;
    pools: { id: string; name: string; program: string; depletionMonth: number | null; forfeited: number }[];
  }[];
}

export const KPI_NAMES = [
  'totalCost',
  'creditsApplied',
  'cashCost',
  'creditCoverage',
  'creditsForfeited',
  'creditsRemaining',
  'creditCliffMonth',
  'cashRunwayMonths',
  'runwayExtensionMonths',
] as const satisfies readonly (keyof Kpis)[];

function kpiDelta(value: Kpis, baseline: Kpis): KpiDelta {
  const delta = {} as KpiDelta;
  for (const k of KPI_NAMES) {
    const a = value[k];
    const b = baseline[k];
    delta[k] = a === null || b === null ? null : a - b;
  }
  return delta;
}

export function compareScenarios(entries: readonly CompareEntry[]): CompareResult {
  if (entries.length === 0) throw new Error('nothing to compare');
  const base = entries[0].result.kpis;
  return {
    baseline: entries[0].ref,
    scenarios: entries.map((e) => ({
      ref: e.ref,
      name: e.name,
      startMonth: e.result.startMonth,
      kpis: { ...e.result.kpis },
      delta: kpiDelta(e.result.kpis, base),
      pools: e.result.pools.map((p) => ({
        id: p.id,
        name: p.name,
        program: p.program,
        depletionMonth: p.depletionMonth,
        forfeited: p.forfeited,
      })),
    })),
  };
}
