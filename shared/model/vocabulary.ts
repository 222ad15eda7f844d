// The fixed vocabulary of a workbook: program ids, stages, service categories and the
// defaults that follow from them (the programs themselves are data in programs.ts). Names match the file format (handbook contracts, v1).

export const PROGRAM_IDS = ['founders', 'portfolio', 'build', 'bedrock-poc', 'accelerator', 'custom'] as const;
export type ProgramId = (typeof PROGRAM_IDS)[number];

export const STAGES = ['pre-seed', 'seed', 'series-a', 'series-b'] as const;
export type Stage = (typeof STAGES)[number];

export const SERVICE_CATEGORIES = [
  's3',
  'opensearch-serverless',
  'lambda',
  'aurora',
  'cloudwatch',
  'nat-gateway',
  'cloudfront',
  'guardduty',
  'cloudtrail',
  'audit-manager',
  'support',
  'marketplace',
  'savings-plan-upfront',
  'route53-domains',
  'professional-services',
  'training-certification',
  'other',
] as const;
export type ServiceCategory = (typeof SERVICE_CATEGORIES)[number];

/** Every service a line can bill under: its category, or the compute service of the other kinds. */
export type BillingService = ServiceCategory | 'bedrock' | 'sagemaker' | 'ec2';

/** The scenario fields that shape every figure (the name does not); a based-on scenario may change them. */
export const SCENARIO_SETTING_FIELDS = [
  'startMonth',
  'horizonMonths',
  'daysPerMonth',
  'hoursPerMonth',
  'allocation',
] as const;

export const ALLOCATION_MODES = ['aws-billing', 'as-declared'] as const;
export type AllocationMode = (typeof ALLOCATION_MODES)[number];

/**
 * Categories no AWS promotional credit pays for (Activate FAQ): always cash, whatever a line's
 * creditEligible flag says (rev 2); a true flag on one raises CREDIT_NEVER_APPLIES.
 */
export const ALWAYS_CASH_CATEGORIES: readonly ServiceCategory[] = [
  'support',
  'savings-plan-upfront',
  'marketplace',
  'route53-domains',
  'professional-services',
  'training-certification',
];

export const STAGE_NAMES: Record<Stage, string> = {
  'pre-seed': 'Pre-seed',
  seed: 'Seed',
  'series-a': 'Series A',
  'series-b': 'Series B',
};

/** Which override/snapshot fields each kind of price key may carry. */
export const PRICE_FIELDS = {
  bedrock: ['input', 'output', 'batchInput', 'batchOutput', 'cacheRead', 'cacheWrite'],
  instance: ['ec2', 'sagemakerTraining', 'sagemakerInference'],
  service: ['price'],
} as const;
export type PriceKeyKind = keyof typeof PRICE_FIELDS;
/**
 * "bedrock/<id>", "instance/<type>", "service/<item>"; a snapshot also keeps a model's or an
 * instance's regional and dated rows as "<key>@<region>", "<key>@regional", "<key>@through-YYYY-MM".
 */
export const PRICE_KEY_PATTERN = /^(bedrock|instance|service)\/[a-z0-9][a-z0-9.-]{0,63}(@[a-z0-9][a-z0-9.-]{0,39})?$/;
