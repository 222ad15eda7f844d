// Every price a workbook's lines use, one row per price: what it is, the value the engine uses
// (an override, else the workbook's saved snapshot, else the bundled book: the resolver's
// answer), its unit, date, source and status. Overrides are set and cleared here too.
import { bundledPriceBook, createPriceResolver, priceKeyOf, type InstanceUse, type PriceBook, type PriceResolver } from '../../../../shared/prices';
import type { Line, Workbook } from '../../../../shared/model';

/** listed: a source lists it; derived: computed from another price; promotion / legacy: dated
 *  book rows; unsourced: no price known; override: the workbook's own value. */
export type PriceRowStatus = 'listed' | 'derived' | 'promotion' | 'legacy' | 'unsourced' | 'override';

export interface WorkbookPrice {
  /** "<price key>#<field>", e.g. "bedrock/claude-sonnet-4#input". */
  id: string;
  key: string;
  field: string;
  item: string;
  what: string;
  value: number | null;
  unit: string;
  asOf: string;
  source: string;
  status: PriceRowStatus;
  note: string;
  /** Names of the lines that use it, and their ids (a PRICE_MISSING issue names a line). */
  usedBy: string[];
  lineIds: string[];
}

const TOKENS = 'USD per 1M tokens';
const HOUR = 'USD per hour';
const TOKEN_FIELDS = { input: 'Input tokens', output: 'Output tokens', batchInput: 'Batch input tokens', batchOutput: 'Batch output tokens', cacheRead: 'Cached input read' } as const;
const USE_WHAT: Record<InstanceUse, string> = { ec2: 'EC2 on-demand, per instance-hour', sagemakerTraining: 'SageMaker training, per instance-hour', sagemakerInference: 'SageMaker inference, per instance-hour' };

function statusOf(bookStatus: string | undefined, value: number | null): PriceRowStatus {
  if (value === null || bookStatus === undefined || bookStatus === 'unsourced') return 'unsourced';
  if (bookStatus === 'derived' || bookStatus === 'promotion' || bookStatus === 'legacy') return bookStatus;
  // "sourced" and "conflicting" (sources disagree, the book keeps one) are both listed prices.
  return 'listed';
}

/** Which prices a line uses: token fields for the shares it sets, the instance use of its platform, its price item. */
function usesOf(line: Line): { kind: 'bedrock'; id: string; fields: (keyof typeof TOKEN_FIELDS)[] } | { kind: 'instance'; id: string; use: InstanceUse } | { kind: 'service'; id: string } | null {
  const set = (q: unknown) => q !== 0 && q !== null;
  switch (line.kind) {
    case 'bedrock': {
      const fields: (keyof typeof TOKEN_FIELDS)[] = ['input', 'output'];
      if (set(line.batchShare)) fields.push('batchInput', 'batchOutput');
      if (set(line.cachedInputShare)) fields.push('cacheRead');
      return { kind: 'bedrock', id: line.model, fields };
    }
    case 'training':
      return { kind: 'instance', id: line.instanceType, use: line.platform === 'ec2' ? 'ec2' : 'sagemakerTraining' };
    case 'endpoint':
      return { kind: 'instance', id: line.instanceType, use: 'sagemakerInference' };
    case 'service':
      return line.monthlyCost === null && line.priceItem !== null ? { kind: 'service', id: line.priceItem } : null;
  }
}

function bedrockRows(resolver: PriceResolver, book: PriceBook, overrides: Workbook['priceOverrides'], id: string, fields: readonly (keyof typeof TOKEN_FIELDS)[]): Omit<WorkbookPrice, 'usedBy' | 'lineIds'>[] {
  const key = priceKeyOf('bedrock', id);
  const entry = book.models.find((m) => m.id === id);
  const lookup = resolver.bedrock(id, 'global');
  return fields.map((f) => {
    const over = overrides[key]?.[f];
    const value = over ?? (lookup.ok ? lookup.value[f] : null);
    const listed = entry?.[f] ?? null;
    const derived = lookup.ok && listed === null && value !== null && over === undefined;
    return {
      id: `${key}#${f}`,
      key,
      field: f,
      item: entry?.name ?? id,
      what: TOKEN_FIELDS[f],
      value,
      unit: TOKENS,
      asOf: entry?.asOf ?? '',
      source: entry?.source ?? '',
      status: over !== undefined ? 'override' : derived ? 'derived' : statusOf(entry?.status, value),
      note: derived ? (lookup.ok ? (lookup.derived.find((d) => d.startsWith(f)) ?? 'derived from the on-demand price') : '') : (entry?.note ?? (entry ? '' : 'not in the price book')),
    };
  });
}

/** The prices the workbook's lines use, in the order lines first use them. */
export function workbookPrices(wb: Workbook, book: PriceBook = bundledPriceBook()): WorkbookPrice[] {
  const resolver = createPriceResolver(book, wb.priceOverrides, wb.priceBook?.entries ?? null);
  const rows = new Map<string, WorkbookPrice>();
  const add = (row: Omit<WorkbookPrice, 'usedBy' | 'lineIds'>, line: Line) => {
    const have = rows.get(row.id) ?? { ...row, usedBy: [], lineIds: [] };
    if (!have.lineIds.includes(line.id)) {
      have.lineIds.push(line.id);
      if (!have.usedBy.includes(line.name)) have.usedBy.push(line.name);
    }
    rows.set(row.id, have);
  };
  for (const scenario of wb.scenarios) {
    for (const line of scenario.lines) {
      const use = usesOf(line);
      if (use === null) continue;
      if (use.kind === 'bedrock') {
        for (const row of bedrockRows(resolver, book, wb.priceOverrides, use.id, use.fields)) add(row, line);
      } else if (use.kind === 'instance') {
        const key = priceKeyOf('instance', use.id);
        const entry = book.instances.find((i) => i.id === key.slice('instance/'.length));
        const over = wb.priceOverrides[key]?.[use.use];
        const lookup = resolver.instance(use.id, use.use);
        const value = lookup.ok ? lookup.value : null;
        const bookPrice = entry?.[use.use];
        add(
          {
            id: `${key}#${use.use}`,
            key,
            field: use.use,
            item: entry?.name ?? use.id,
            what: USE_WHAT[use.use],
            value,
            unit: HOUR,
            asOf: entry?.asOf ?? '',
            source: entry?.source ?? '',
            status: over !== undefined ? 'override' : statusOf(bookPrice?.status, value),
            note: bookPrice?.note ?? (entry ? '' : 'not in the price book'),
          },
          line,
        );
      } else {
        const key = priceKeyOf('service', use.id);
        const entry = book.serviceItems.find((s) => s.id === use.id);
        const over = wb.priceOverrides[key]?.price;
        const lookup = resolver.serviceItem(use.id);
        const value = lookup.ok ? lookup.value.price : null;
        add(
          {
            id: `${key}#price`,
            key,
            field: 'price',
            item: entry?.name ?? use.id,
            what: 'Price per unit',
            value,
            unit: entry?.unit ?? 'USD per unit',
            asOf: entry?.asOf ?? '',
            source: entry?.source ?? '',
            status: over !== undefined ? 'override' : statusOf(entry?.status, value),
            note: entry?.note ?? (entry ? '' : 'not in the price book'),
          },
          line,
        );
      }
    }
  }
  return [...rows.values()];
}

/**
 * Sets (a number) or clears (null: back to the book) one overridden price field. Returns the
 * same workbook when nothing changes, so no empty undo step is recorded.
 */
export function setPriceOverride(wb: Workbook, key: string, field: string, value: number | null): Workbook {
  const current = wb.priceOverrides[key] ?? {};
  if (value !== null && (!Number.isFinite(value) || value < 0)) throw new Error('a price is a number of dollars, 0 or more');
  if (value === null ? !Object.hasOwn(current, field) : current[field] === value) return wb;
  const fields = { ...current };
  if (value === null) delete fields[field];
  else fields[field] = value;
  const priceOverrides = { ...wb.priceOverrides };
  if (Object.keys(fields).length === 0) delete priceOverrides[key];
  else priceOverrides[key] = fields;
  return { ...wb, priceOverrides };
}
