// Sensitivity (a tornado): each ranged assumption at its low and at its high end, every other
// assumption at its point value, and how far one KPI moves between the two. Sorted by that swing,
// largest first, so the top bar is the driver that matters most.
import type { Engine, Kpis } from '../engine';
import type { Workbook } from '../model';
import { findScenario, rangedAssumptions, withAssumptionValues } from './assumption-values';
import { rangeEnds } from './distributions';

export type KpiName = keyof Kpis;

interface SensitivityRow {
  assumption: string;
  low: number;
  high: number;
  kpiAtLow: number | null;
  kpiAtHigh: number | null;
  /** |kpiAtHigh - kpiAtLow|; a cliff that never comes counts as the month after the horizon. */
  swing: number | null;
}

export interface SensitivityResult {
  scenario: string;
  kpi: KpiName;
  /** The KPI at every assumption's point value. */
  base: number | null;
  assumptions: SensitivityRow[];
}

function swingOf(kpi: KpiName, a: number | null, b: number | null, horizon: number): number | null {
  if (kpi === 'creditCliffMonth') return Math.abs((a ?? horizon) - (b ?? horizon));
  return a === null || b === null ? null : Math.abs(b - a);
}

export function sensitivity(workbook: Workbook, scenarioId: string, kpi: KpiName, engine: Engine): SensitivityResult {
  const scenario = findScenario(workbook, scenarioId);
  const kpiAt = (values: ReadonlyMap<string, number>) =>
    engine.computeScenario(withAssumptionValues(workbook, scenarioId, values), scenarioId).kpis[kpi];
  const rows = rangedAssumptions(scenario).map((a): SensitivityRow => {
    const { low, high } = rangeEnds(a.range);
    const kpiAtLow = kpiAt(new Map([[a.name, low]]));
    const kpiAtHigh = kpiAt(new Map([[a.name, high]]));
    return {
      assumption: a.name,
      low,
      high,
      kpiAtLow,
      kpiAtHigh,
      swing: swingOf(kpi, kpiAtLow, kpiAtHigh, scenario.horizonMonths),
    };
  });
  // Largest swing first; a swing that cannot be measured (a null KPI) last; ties keep row order.
  rows.sort((x, y) => (y.swing ?? -1) - (x.swing ?? -1));
  return { scenario: scenarioId, kpi, base: kpiAt(new Map()), assumptions: rows };
}
