// The lines grid's columns as data: which field, which line kinds have it and how it is typed; the
// header is the field's label (shared/model/field-labels.ts, the words messages and the CLI use
// too). Column ids are the line's field names (tests and the issues panel rely on it).
import { LINE_FIELD_LABELS, type LineKind } from '../../../../shared/model';
import type { QuantityStyle } from '../../components/grid-format';

type LineInput = 'text' | 'quantity' | 'month' | 'select' | 'checkbox' | 'note';

export interface LineFieldSpec {
  field: string;
  /** The field's label. */
  header: string;
  /** Kinds that have this field; null: every line. */
  kinds: readonly LineKind[] | null;
  input: LineInput;
  style?: QuantityStyle;
  /** Cleared (Delete) it becomes null; otherwise a cleared quantity is 0 and a cleared select keeps its value. */
  nullable?: boolean;
  width: number;
  tip?: string;
}

const ALL = null;
const COMPUTE: readonly LineKind[] = ['training', 'endpoint'];

const SPECS = {
  name: { field: 'name', kinds: ALL, input: 'text', width: 220 },
  kind: {
    field: 'kind',
    kinds: ALL,
    input: 'select',
    width: 95,
    tip: 'Changing the kind keeps name, workstream, timing and funding; the other fields start from defaults',
  },
  workstream: {
    field: 'workstream',
    kinds: ALL,
    input: 'text',
    width: 170,
    tip: 'The distinct purpose the line serves; one workstream is claimed under one pool',
  },
  startMonth: {
    field: 'startMonth',
    kinds: ALL,
    input: 'month',
    width: 110,
    tip: 'First month the line costs anything (type 2027-04, Apr 2027 or a month offset)',
  },
  endMonth: {
    field: 'endMonth',
    kinds: ALL,
    input: 'month',
    nullable: true,
    width: 110,
    tip: 'Last month the line costs anything; empty runs to the end of the horizon',
  },
  fundedBy: {
    field: 'fundedBy',
    kinds: ALL,
    input: 'select',
    nullable: true,
    width: 160,
    tip: 'The pool whose credit application claims this line (AWS still applies credits in its own order)',
  },
  model: { field: 'model', kinds: ['bedrock'], input: 'select', width: 170 },
  endpointScope: {
    field: 'endpointScope',
    kinds: ['bedrock'],
    input: 'select',
    width: 130,
    tip: 'Global cross-region inference or a regional endpoint (regional prices may differ)',
  },
  inputTokensPerDay: {
    field: 'inputTokensPerDay',
    kinds: ['bedrock'],
    input: 'quantity',
    style: 'count',
    width: 150,
  },
  outputTokensPerDay: {
    field: 'outputTokensPerDay',
    kinds: ['bedrock'],
    input: 'quantity',
    style: 'count',
    width: 158,
  },
  cachedInputShare: {
    field: 'cachedInputShare',
    kinds: ['bedrock'],
    input: 'quantity',
    style: 'share',
    width: 150,
    tip: 'Share of input tokens read from the prompt cache (0-1, or type 30%)',
  },
  cacheWriteShare: {
    field: 'cacheWriteShare',
    kinds: ['bedrock'],
    input: 'quantity',
    style: 'share',
    width: 140,
    tip: 'Share of input tokens written to the prompt cache, at the cache-write price (0-1, or type 10%); with the cached share at most 1',
  },
  batchShare: {
    field: 'batchShare',
    kinds: ['bedrock'],
    input: 'quantity',
    style: 'share',
    width: 105,
    tip: 'Share of traffic sent as batch inference (0-1, or type 50%)',
  },
  instanceType: { field: 'instanceType', kinds: COMPUTE, input: 'select', width: 140 },
  instanceCount: {
    field: 'instanceCount',
    kinds: COMPUTE,
    input: 'quantity',
    style: 'count',
    width: 95,
  },
  platform: { field: 'platform', kinds: ['training'], input: 'select', width: 110 },
  hoursPerRun: {
    field: 'hoursPerRun',
    kinds: ['training'],
    input: 'quantity',
    style: 'count',
    width: 100,
  },
  runsPerMonth: {
    field: 'runsPerMonth',
    kinds: ['training'],
    input: 'quantity',
    style: 'count',
    width: 115,
  },
  spotDiscount: {
    field: 'spotDiscount',
    kinds: ['training'],
    input: 'quantity',
    style: 'share',
    width: 115,
    tip: 'Managed spot saving, 0-0.9 (or type 60%)',
  },
  fallbackInstanceType: {
    field: 'fallbackInstanceType',
    kinds: ['training'],
    input: 'select',
    nullable: true,
    width: 155,
    tip: 'The instance to use when the first choice has no capacity (shown for planning; not priced)',
  },
  hoursPerMonth: {
    field: 'hoursPerMonth',
    kinds: ['endpoint'],
    input: 'quantity',
    style: 'count',
    nullable: true,
    width: 120,
    tip: "Empty: always on, the scenario's hours per month",
  },
  service: { field: 'service', kinds: ['service'], input: 'select', width: 170 },
  monthlyCost: {
    field: 'monthlyCost',
    kinds: ['service'],
    input: 'quantity',
    style: 'money',
    nullable: true,
    width: 125,
    tip: 'USD a month (a number or an expression); when set it is the cost and quantity x price item is not used',
  },
  quantity: {
    field: 'quantity',
    kinds: ['service'],
    input: 'quantity',
    style: 'count',
    nullable: true,
    width: 110,
    tip: 'Units a month of the price item; setting it clears the monthly cost',
  },
  priceItem: {
    field: 'priceItem',
    kinds: ['service'],
    input: 'select',
    nullable: true,
    width: 210,
    tip: 'The price-book item the quantity is priced at',
  },
  supports: {
    field: 'supports',
    kinds: ['service'],
    input: 'select',
    nullable: true,
    width: 170,
    tip: 'The line this service exists for (a Bedrock POC pool pays for OpenSearch Serverless, Lambda and S3 that support a Bedrock line)',
  },
  region: { field: 'region', kinds: ALL, input: 'text', width: 110 },
  creditEligible: {
    field: 'creditEligible',
    kinds: ALL,
    input: 'checkbox',
    width: 115,
    tip: 'Off: always paid in cash (Support plans, Marketplace, upfront Savings Plans)',
  },
  notes: { field: 'notes', kinds: ALL, input: 'note', width: 260 },
} as const satisfies Record<string, Omit<LineFieldSpec, 'header'>>;

export type LineFieldName = keyof typeof SPECS;

export const LINE_FIELDS = Object.fromEntries(
  Object.entries(SPECS).map(([name, spec]) => [name, { ...spec, header: LINE_FIELD_LABELS[name] ?? name }]),
) as { readonly [F in LineFieldName]: LineFieldSpec };

export function fieldSpec(field: string): LineFieldSpec | undefined {
  return (LINE_FIELDS as Record<string, LineFieldSpec>)[field];
}

export function fieldApplies(spec: LineFieldSpec, kind: LineKind): boolean {
  return spec.kinds === null || spec.kinds.includes(kind);
}

/**
 * The column groups of each kind, in order, and the kinds that show them. `inputs` are the
 * quantities that decide the cost and always show, right after the pinned name and kind;
 * `details` show when the group is opened (its header's chevron).
 */
export const DETAIL_GROUPS: readonly {
  id: string;
  header: string;
  kinds: readonly LineKind[];
  inputs: readonly LineFieldName[];
  details: readonly LineFieldName[];
}[] = [
  {
    id: 'group-bedrock',
    header: 'Bedrock',
    kinds: ['bedrock'],
    inputs: ['model', 'inputTokensPerDay', 'outputTokensPerDay'],
    details: ['endpointScope', 'cachedInputShare', 'cacheWriteShare', 'batchShare'],
  },
  { id: 'group-compute', header: 'Compute', kinds: COMPUTE, inputs: ['instanceType', 'instanceCount'], details: [] },
  {
    id: 'group-training',
    header: 'Training',
    kinds: ['training'],
    inputs: ['hoursPerRun', 'runsPerMonth'],
    details: ['platform', 'spotDiscount', 'fallbackInstanceType'],
  },
  { id: 'group-endpoint', header: 'Endpoint', kinds: ['endpoint'], inputs: ['hoursPerMonth'], details: [] },
  {
    id: 'group-service',
    header: 'Service',
    kinds: ['service'],
    inputs: ['service', 'monthlyCost'],
    details: ['quantity', 'priceItem', 'supports'],
  },
];

/** The groups every line has, after the kinds' inputs; closed they show only their first column. */
export const COMMON_GROUPS: readonly {
  id: string;
  header: string;
  shown: LineFieldName;
  details: readonly LineFieldName[];
}[] = [
  {
    id: 'group-plan',
    header: 'Funding and timing',
    shown: 'fundedBy',
    details: ['workstream', 'startMonth', 'endMonth'],
  },
  { id: 'group-other', header: 'Other', shown: 'notes', details: ['region', 'creditEligible'] },
];
