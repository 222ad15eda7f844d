// The choices of the lines grid's pickers, and pasted or filled text read back as one of them:
// a choice is found by its id or its label, any case ("Training", "claude-sonnet-4", a pool's name).
import { bundledPriceBook, createPriceResolver } from '../../../../shared/prices';
import { formatPrice } from '../../../../shared/wording';
import { KIND_LABELS, LINE_KINDS, SERVICE_CATEGORIES, type Line, type Pool } from '../../../../shared/model';
import type { LineFieldName } from './line-fields';

export interface Option {
  id: string;
  label: string;
  /** Shown after the label in the picker's list only ("$3 / $15 per 1M tokens"). */
  detail?: string;
}

export const SERVICE_LABELS: Record<string, string> = {
  s3: 'S3',
  'opensearch-serverless': 'OpenSearch Serverless',
  lambda: 'Lambda',
  aurora: 'Aurora',
  cloudwatch: 'CloudWatch',
  'nat-gateway': 'NAT Gateway',
  cloudfront: 'CloudFront',
  guardduty: 'GuardDuty',
  cloudtrail: 'CloudTrail',
  'audit-manager': 'Audit Manager',
  support: 'Support plan',
  marketplace: 'Marketplace',
  'savings-plan-upfront': 'Savings Plan (upfront)',
  'route53-domains': 'Route 53 domains',
  'professional-services': 'Professional Services',
  'training-certification': 'Training and Certification',
  other: 'Other',
};

export const FIXED_OPTIONS: Partial<Record<LineFieldName, readonly Option[]>> = {
  kind: LINE_KINDS.map((k) => ({ id: k, label: KIND_LABELS[k] })),
  endpointScope: [
    { id: 'global', label: 'Global' },
    { id: 'regional', label: 'Regional' },
  ],
  platform: [
    { id: 'sagemaker', label: 'SageMaker' },
    { id: 'ec2', label: 'EC2' },
  ],
  service: SERVICE_CATEGORIES.map((c) => ({ id: c, label: SERVICE_LABELS[c] })),
};

const book = bundledPriceBook();
// "$3", "$4.20", "$0.072": whole dollars bare, cents always two digits.
const usd = (v: number) => formatPrice(v, v < 1 ? 4 : 2, Number.isInteger(v) ? 0 : 2);
// The book's listed prices in the pickers (the Prices panel shows the ones in use, overrides included).
export const MODEL_OPTIONS: Option[] = book.models.map((m) => ({
  id: m.id,
  label: m.name,
  detail:
    m.input !== null && m.output !== null
      ? `${usd(m.input)} in / ${usd(m.output)} out per 1M tokens`
      : 'no price listed',
}));
const bookPrices = createPriceResolver(book, {}, null);

/**
 * A model's price as a Bedrock line with this scope and region pays it (the book's regional or
 * geo row, else its global price with the fallback said), for the picker of that line.
 */
export function modelPriceFor(model: string, scope: 'global' | 'regional', region: string): string | undefined {
  if (scope === 'global' && region === book.region) return undefined;
  const price = bookPrices.bedrock(model, scope, region);
  if (!price.ok) return undefined;
  const fallback = price.notes.some((n) => n.code === 'PRICE_REGION_FALLBACK');
  const where = scope === 'regional' ? `regional endpoint, ${region}` : region;
  return `${usd(price.value.input)} in / ${usd(price.value.output)} out per 1M tokens (${where}${fallback ? ': no price listed there, the book price' : ''})`;
}

export const INSTANCE_OPTIONS: Option[] = book.instances.map((i) => ({
  id: i.id,
  label: i.gpuCount > 0 && i.gpuType ? `${i.id} · ${i.gpuCount}× ${i.gpuType}` : i.id,
  detail:
    [
      i.ec2.price !== null ? `EC2 ${usd(i.ec2.price)}/h` : null,
      i.sagemakerTraining.price !== null ? `SageMaker ${usd(i.sagemakerTraining.price)}/h` : null,
    ]
      .filter((x) => x !== null)
      .join(' · ') || 'no price listed',
}));
export const SERVICE_ITEM_OPTIONS = book.serviceItems.map((s) => ({
  id: s.id,
  label: `${s.name} (${s.unit})`,
  category: s.category,
}));

/** The choices a select field of a line offers, given the scenario's lines and pools. */
export function optionsFor(field: string, lines: readonly Line[], pools: readonly Pool[]): readonly Option[] | null {
  const fixed = FIXED_OPTIONS[field as LineFieldName];
  if (fixed !== undefined) return fixed;
  switch (field) {
    case 'model':
      return MODEL_OPTIONS;
    case 'instanceType':
    case 'fallbackInstanceType':
      return INSTANCE_OPTIONS;
    case 'fundedBy':
      return pools.map((p) => ({ id: p.id, label: p.name || p.id }));
    case 'priceItem':
      return SERVICE_ITEM_OPTIONS;
    case 'supports':
      return lines.map((l) => ({ id: l.id, label: l.name || l.id }));
    default:
      return null;
  }
}

/** The id a typed or pasted choice names; null for an empty cell; throws naming a few valid choices. */
export function resolveOption(options: readonly Option[], text: string, header: string): string | null {
  const wanted = text.trim().toLowerCase();
  if (wanted === '' || wanted === '—') return null;
  const hit =
    options.find((o) => o.id.toLowerCase() === wanted) ?? options.find((o) => o.label.toLowerCase() === wanted);
  if (hit !== undefined) return hit.id;
  const some = options.slice(0, 4).map((o) => o.label);
  throw new Error(
    `"${text.trim()}" is not a ${header.toLowerCase()}${some.length > 0 ? ` (e.g. ${some.join(', ')}${options.length > 4 ? ', …' : ''})` : ''}`,
  );
}

/** A pasted checkbox: TRUE/FALSE as spreadsheets write them, yes/no, 1/0. */
export function parseCheckboxText(text: string): boolean | null {
  const t = text.trim().toLowerCase();
  if (t === '') return null;
  if (['true', 'yes', 'y', '1', 'on', '✓'].includes(t)) return true;
  if (['false', 'no', 'n', '0', 'off'].includes(t)) return false;
  throw new Error(`"${text.trim()}" is not yes or no (type TRUE or FALSE)`);
}
