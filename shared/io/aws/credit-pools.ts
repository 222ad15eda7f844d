// An imported AWS credit as a pool of a scenario: its amount, its start and last usable month
// as offsets from the scenario's start, the services it pays for, and paused when AWS has it
// DISABLED. A pool keeps the credit's id, so a re-import updates that pool and never adds one.
import {
  LIMITS,
  PROGRAMS,
  creditServices,
  programFromDescription,
  type ImportedCredit,
  type Pool,
  type Scenario,
} from '../../model';

/** Months since year 0 of "YYYY-MM" (the difference of two is their distance in months). */
const monthNumber = (month: string): number => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;

export type PoolTiming = { ok: true; startMonth: number; validityMonths: number } | { ok: false; reason: string };

/** Where the credit falls on the scenario's months, or why it cannot be a pool of it. */
export function creditTiming(credit: ImportedCredit, scenario: Scenario): PoolTiming {
  const origin = monthNumber(scenario.startMonth);
  const start = monthNumber(credit.startDate.slice(0, 7)) - origin;
  const program = programFromDescription(credit.description) ?? 'custom';
  const last =
    credit.usableThrough === null
      ? start + PROGRAMS[program].validityMonths - 1
      : monthNumber(credit.usableThrough) - origin;
  if (last < 0)
    return { ok: false, reason: `expired before ${scenario.startMonth}, when scenario "${scenario.id}" starts` };
  if (start > LIMITS.horizonMonths * 2)
    return {
      ok: false,
      reason: `starts more than ${LIMITS.horizonMonths * 2} months after scenario "${scenario.id}" starts`,
    };
  const startMonth = Math.max(0, start);
  return { ok: true, startMonth, validityMonths: Math.min(LIMITS.horizonMonths, last - startMonth + 1) };
}

function uniqueName(wanted: string, taken: ReadonlySet<string>, creditId: string): string {
  if (!taken.has(wanted)) return wanted;
  return `${wanted.slice(0, 150)} (${creditId})`;
}

function uniqueId(wanted: string, taken: ReadonlySet<string>): string {
  let id = wanted;
  for (let n = 2; taken.has(id); n++) id = `${wanted}-${n}`;
  return id;
}

/** A new pool for the credit (timing already checked). */
export function poolFromCredit(
  credit: ImportedCredit,
  timing: { startMonth: number; validityMonths: number },
  scenario: Scenario,
): Pool {
  const program = programFromDescription(credit.description) ?? 'custom';
  const name =
    credit.description.trim() === ''
      ? `AWS credit ${credit.creditId}`
      : credit.description.trim().slice(0, LIMITS.nameLength);
  return {
    id: uniqueId(`aws-${credit.creditId}`, new Set(scenario.pools.map((p) => p.id))),
    name: uniqueName(name, new Set(scenario.pools.map((p) => p.name)), credit.creditId),
    program,
    amount: credit.initialAmount,
    startMonth: timing.startMonth,
    validityMonths: timing.validityMonths,
    included: true,
    paused: !credit.enabled,
    ...(program === 'custom' ? { services: creditServices(credit) } : {}),
    creditId: credit.creditId,
    notes: `Imported from AWS (${[credit.creditType, credit.sharing === null ? '' : `sharing ${credit.sharing}`].filter((s) => s !== '').join(', ') || 'credit'}).`,
  };
}

/** The pool updated from a re-imported credit; its id, name, program and notes stay the user's. */
export function updatedPool(
  pool: Pool,
  credit: ImportedCredit,
  timing: { startMonth: number; validityMonths: number },
): Pool {
  return {
    ...pool,
    amount: credit.initialAmount,
    startMonth: timing.startMonth,
    validityMonths: timing.validityMonths,
    paused: !credit.enabled,
    ...(pool.program === 'custom' ? { services: creditServices(credit) } : {}),
    creditId: credit.creditId,
  };
}

/**
 * The pool a credit updates: the one imported from it, else (on a first import into a plan
 * typed by hand) a pool of the program its description names with the same amount, so the
 * credit a user already typed in is not counted twice. -1: none, the credit is a new pool.
 */
export function poolForCredit(pools: readonly Pool[], credit: ImportedCredit): { at: number; linked: boolean } {
  const imported = pools.findIndex((p) => p.creditId === credit.creditId);
  if (imported >= 0) return { at: imported, linked: false };
  const program = programFromDescription(credit.description);
  if (program === null) return { at: -1, linked: false };
  const typed = pools.findIndex(
    (p) => p.creditId === undefined && p.program === program && Math.abs(p.amount - credit.initialAmount) < 0.005,
  );
  return { at: typed, linked: typed >= 0 };
}
