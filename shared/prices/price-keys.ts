// Keys of price overrides and snapshots: "bedrock/<model>", "instance/<type>", "service/<item>".
import type { PriceKeyKind, PriceTable } from '../model';

const ML_PREFIX = 'ml.';

/** An instance type without SageMaker's "ml." prefix (other ids are returned as given). */
export function canonicalId(kind: PriceKeyKind, id: string): string {
  return kind === 'instance' && id.startsWith(ML_PREFIX) ? id.slice(ML_PREFIX.length) : id;
}

/** The override/snapshot key of a price entry; instance types lose a leading "ml.". Case is kept. */
export function priceKeyOf(kind: PriceKeyKind, id: string): string {
  return `${kind}/${canonicalId(kind, id)}`;
}

/**
 * The fields a price table holds for an entry. A table written by hand may key an instance
 * type with its "ml." prefix; such fields count too, the canonical key winning field by field.
 */
export function tableFields(table: PriceTable | null, kind: PriceKeyKind, id: string): Record<string, number> {
  if (table === null) return {};
  const canonical = canonicalId(kind, id);
  const fields: Record<string, number> = {};
  const keys =
    kind === 'instance' ? [`${kind}/${ML_PREFIX}${canonical}`, `${kind}/${canonical}`] : [`${kind}/${canonical}`];
  for (const key of keys) {
    if (!Object.hasOwn(table, key)) continue;
    const row = table[key];
    for (const field of Object.keys(row)) if (typeof row[field] === 'number') fields[field] = row[field];
  }
  return fields;
}

export function field(fields: Record<string, number>, name: string): number | undefined {
  return Object.hasOwn(fields, name) ? fields[name] : undefined;
}
