// What a new pool starts as, from its program: a short readable id (founders, poc-2: ids are the
// file's business, people see names), the program's name made unique in the scenario, its
// typical award and its default validity. And what a program change carries along: the name,
// amount and validity move to the new program's while they are still the old program's proposals.
import { poolNameKey, PROGRAMS, type Pool, type ProgramId } from '../../model';

const ID_STEMS: Record<ProgramId, string> = {
  founders: 'founders',
  portfolio: 'portfolio',
  build: 'build',
  'bedrock-poc': 'poc',
  accelerator: 'accelerator',
  custom: 'custom',
};

/** "founders", then "founders-2", "founders-3"... */
export function poolIdFor(program: ProgramId, taken: Iterable<string>): string {
  const used = new Set(taken);
  const stem = ID_STEMS[program] ?? program;
  if (!used.has(stem)) return stem;
  for (let n = 2; ; n++) if (!used.has(`${stem}-${n}`)) return `${stem}-${n}`;
}

const sameName = (a: string, b: string) => poolNameKey(a) === poolNameKey(b);

/** The name, or "name 2", "name 3"... so that no two pools of a scenario share a name. */
export function uniquePoolName(name: string, taken: readonly string[]): string {
  if (!taken.some((t) => sameName(t, name))) return name;
  for (let n = 2; ; n++) if (!taken.some((t) => sameName(t, `${name} ${n}`))) return `${name} ${n}`;
}

/** The award a new pool of a program starts with: the top of its typical range. */
export function proposedAmount(program: ProgramId): number {
  const max = PROGRAMS[program].typicalMax;
  return Number.isFinite(max) ? max : 10_000;
}

/** A name that is still the program's proposal ("Activate Founders", "Activate Founders 2"). */
function isProposedName(name: string, program: ProgramId): boolean {
  const base = PROGRAMS[program].name;
  return (
    sameName(name, base) || new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\d+$`, 'i').test(name.trim())
  );
}

/**
 * The patch a program change makes: the program, and the name, amount and validity that were
 * still the old program's proposals replaced by the new program's (what the user typed is kept).
 */
export function programChangePatch(
  pool: Pool,
  program: ProgramId,
  otherNames: readonly string[],
): Record<string, unknown> {
  const patch: Record<string, unknown> = { program };
  if (isProposedName(pool.name, pool.program)) patch.name = uniquePoolName(PROGRAMS[program].name, otherNames);
  if (pool.amount === proposedAmount(pool.program)) patch.amount = proposedAmount(program);
  // Validity: the new program's default, unless the user had set one of their own.
  patch.validityMonths =
    pool.validityMonths === PROGRAMS[pool.program].validityMonths
      ? PROGRAMS[program].validityMonths
      : pool.validityMonths;
  return patch;
}

/** Refuses a pool name another pool of the scenario has (charts and CSV columns name pools). */
export function checkPoolName(name: string, poolId: string, pools: readonly Pool[]): void {
  if (name.trim() === '') throw new Error('a pool needs a name (charts and CSV columns show it)');
  const other = pools.find((p) => p.id !== poolId && sameName(p.name, name));
  if (other !== undefined)
    throw new Error(
      `there is already a pool named "${other.name}" in this scenario; pool names must be unique (charts and CSV columns are headed by them)`,
    );
}
