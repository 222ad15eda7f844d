// Goal-seek targets (contracts.md): `cliff>=N`, `pool:ID>=N`, `forfeited<=X`, `cash<=X`,
// `runway>=N`, read from text and tested against a scenario's result.
import type { ScenarioResult } from '../engine';
import { RangeInputError } from './assumption-values';

export type TargetSpec =
  | { kind: 'cliff'; month: number }
  | { kind: 'pool'; poolId: string; month: number }
  | { kind: 'forfeited'; amount: number }
  | { kind: 'cash'; amount: number }
  | { kind: 'runway'; months: number };

const FORMS = 'cliff>=N, pool:ID>=N, forfeited<=X, cash<=X or runway>=N';
const NUMBER = String.raw`(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)`;
const PATTERNS: [RegExp, (m: RegExpExecArray) => TargetSpec][] = [
  [new RegExp(`^cliff>=${NUMBER}$`, 'i'), (m) => ({ kind: 'cliff', month: Number(m[1]) })],
  [
    new RegExp(`^pool:([A-Za-z0-9][A-Za-z0-9_.-]{0,63})>=${NUMBER}$`, 'i'),
    (m) => ({ kind: 'pool', poolId: m[1], month: Number(m[2]) }),
  ],
  [new RegExp(`^forfeited<=${NUMBER}$`, 'i'), (m) => ({ kind: 'forfeited', amount: Number(m[1]) })],
  [new RegExp(`^cash<=${NUMBER}$`, 'i'), (m) => ({ kind: 'cash', amount: Number(m[1]) })],
  [new RegExp(`^runway>=${NUMBER}$`, 'i'), (m) => ({ kind: 'runway', months: Number(m[1]) })],
];

export function parseTargetSpec(text: string): TargetSpec {
  const compact = text.replace(/\s+/g, '');
  for (const [pattern, build] of PATTERNS) {
    const match = pattern.exec(compact);
    if (match !== null) return build(match);
  }
  throw new RangeInputError(`target "${text}" is not one of ${FORMS}`);
}

/** Refuses a target the scenario cannot answer (an unknown pool, runway without cash on hand). */
export function checkTarget(spec: TargetSpec, result: ScenarioResult, cashOnHand: number | null): void {
  if (spec.kind === 'runway' && cashOnHand === null)
    throw new RangeInputError("target runway>=N needs the company's cash on hand, which this workbook does not give");
  if (spec.kind === 'pool' && !result.pools.some((p) => p.id === spec.poolId)) {
    throw new RangeInputError(
      `target names pool "${spec.poolId}", which scenario "${result.id}" does not have (pools: ${result.pools.map((p) => p.id).join(', ') || 'none'})`,
    );
  }
}

/** Whether the result meets the target. A cliff that never comes, or a pool never used up, meets any month. */
export function targetHolds(spec: TargetSpec, result: ScenarioResult): boolean {
  const { kpis } = result;
  switch (spec.kind) {
    case 'cliff':
      return kpis.creditCliffMonth === null || kpis.creditCliffMonth >= spec.month;
    case 'pool': {
      const pool = result.pools.find((p) => p.id === spec.poolId);
      return pool !== undefined && (pool.depletionMonth === null || pool.depletionMonth >= spec.month);
    }
    case 'forfeited':
      return kpis.creditsForfeited <= spec.amount;
    case 'cash':
      return kpis.cashCost <= spec.amount;
    case 'runway':
      // With cash on hand given (checkTarget), no runway figure means cash never runs out.
      return kpis.cashRunwayMonths === null || kpis.cashRunwayMonths >= spec.months;
  }
}
