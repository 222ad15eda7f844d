// One cell edit of the pools grid as a change to the workbook; refused values become a
// readable Error (the store shows it as a notice and nothing changes).
import {
  LIMITS,
  POOL_FIELD_LABELS,
  PROGRAM_IDS,
  SERVICE_CATEGORIES,
  type Pool,
  type ProgramId,
  type Workbook,
} from '../../../../shared/model';
import { parseMoneyInput, parseMonthInput, parseWholeMonths, readableEditError } from '../../components/grid-format';
import { checkPoolName, programChangePatch, updatePool } from '../../../../shared/engine';
import { SERVICE_LABELS } from '../lines/line-options';

/** Services a custom pool may list: every line service, by id. */
const POOL_SERVICES = ['bedrock', 'sagemaker', 'ec2', ...SERVICE_CATEGORIES] as const;

export function serviceLabel(id: string): string {
  if (id === 'bedrock') return 'Bedrock';
  if (id === 'sagemaker') return 'SageMaker';
  if (id === 'ec2') return 'EC2';
  return SERVICE_LABELS[id] ?? id;
}

/** "Bedrock, S3, opensearch-serverless" -> ids; an unknown name is an error that lists the valid ones. */
export function parseServiceList(text: string): string[] {
  const byName = new Map<string, string>();
  for (const id of POOL_SERVICES) {
    byName.set(id, id);
    byName.set(serviceLabel(id).toLowerCase(), id);
  }
  const ids: string[] = [];
  for (const part of text.split(/[,;\n]+/)) {
    const word = part.trim().toLowerCase();
    if (word === '') continue;
    const id = byName.get(word);
    if (id === undefined) throw new Error(`"${part.trim()}" is not a service; use ${POOL_SERVICES.join(', ')}`);
    if (!ids.includes(id)) ids.push(id);
  }
  return ids;
}

function text(raw: unknown): string {
  return raw === null || raw === undefined ? '' : String(raw);
}

/** The patch an edit of `field` to `raw` means, or null when nothing changes. */
export function poolCellPatch(
  pool: Pool,
  field: string,
  raw: unknown,
  startMonth: string,
): Record<string, unknown> | null {
  const cleared = raw === null || raw === undefined;
  let value: unknown;
  switch (field) {
    case 'name':
      value = text(raw).trim();
      break;
    case 'notes':
      value = text(raw);
      break;
    case 'program':
      if (cleared || !(PROGRAM_IDS as readonly string[]).includes(String(raw))) return null;
      value = raw;
      break;
    case 'amount':
      value = cleared || text(raw).trim() === '' ? 0 : parseMoneyInput(text(raw));
      break;
    case 'startMonth':
      value = (cleared ? null : parseMonthInput(text(raw), startMonth)) ?? 0;
      break;
    case 'validityMonths':
      // Cleared: the program's default validity.
      if (cleared || text(raw).trim() === '') return { validityMonths: undefined };
      value = parseWholeMonths(text(raw));
      if ((value as number) < 1 || (value as number) > LIMITS.horizonMonths)
        throw new Error(`a pool is valid for 1 to ${LIMITS.horizonMonths} months`);
      break;
    case 'included':
    case 'paused':
      if (cleared) return null;
      value = raw === true || raw === 'true';
      break;
    case 'services':
      if (pool.program !== 'custom') return null;
      value = cleared ? [] : Array.isArray(raw) ? raw : parseServiceList(text(raw));
      if (JSON.stringify(value) === JSON.stringify(pool.services ?? [])) return null;
      return { services: value };
    default:
      return null;
  }
  if (Object.is(value, (pool as Record<string, unknown>)[field])) return null;
  return { [field]: value };
}

export function applyPoolCellEdit(
  wb: Workbook,
  scenarioId: string,
  poolId: string,
  field: string,
  raw: unknown,
): Workbook {
  const scenario = wb.scenarios.find((s) => s.id === scenarioId);
  const pool = scenario?.pools.find((p) => p.id === poolId);
  if (scenario === undefined || pool === undefined) return wb;
  let patch = poolCellPatch(pool, field, raw, scenario.startMonth);
  if (patch === null) return wb;
  const others = scenario.pools.filter((p) => p.id !== poolId).map((p) => p.name);
  if (typeof patch.name === 'string') checkPoolName(patch.name, poolId, scenario.pools);
  // A new program brings its name, amount and validity along while they are still the old program's proposals.
  if (typeof patch.program === 'string') patch = programChangePatch(pool, patch.program as ProgramId, others);
  try {
    return updatePool(wb, scenarioId, poolId, patch);
  } catch (error) {
    throw readableEditError(error, POOL_FIELD_LABELS);
  }
}
