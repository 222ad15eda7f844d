// How AWS names its services (Cost Explorer's SERVICE dimension, a credit's
// applicableProductNames, an allocation's appliedServiceName) map onto the services a plan
// bills under. A name we do not know is kept as it is and billed as "other": never dropped.
import type { ImportedCredit } from './actuals-schema';
import { ALWAYS_CASH_CATEGORIES, SERVICE_CATEGORIES, type BillingService, type ProgramId } from './vocabulary';

// Exact names first (Cost Explorer spells them this way), lower-cased for the look-up.
const EXACT: Record<string, BillingService> = {
  'amazon bedrock': 'bedrock',
  'amazon sagemaker': 'sagemaker',
  'amazon elastic compute cloud - compute': 'ec2',
  'amazon elastic compute cloud': 'ec2',
  'ec2 - other': 'ec2',
  'amazon simple storage service': 's3',
  'amazon opensearch service': 'opensearch-serverless',
  'amazon opensearch serverless': 'opensearch-serverless',
  'aws lambda': 'lambda',
  'amazon relational database service': 'aurora',
  'amazon aurora': 'aurora',
  amazoncloudwatch: 'cloudwatch',
  'amazon cloudwatch': 'cloudwatch',
  'amazon cloudfront': 'cloudfront',
  'amazon guardduty': 'guardduty',
  'aws cloudtrail': 'cloudtrail',
  'aws audit manager': 'audit-manager',
  'aws marketplace': 'marketplace',
};

/**
 * The plan service an AWS service name is billed under. Third-party models on Bedrock are
 * billed as "<model> (Amazon Bedrock Edition)" and count as Bedrock (credits pay them);
 * support plans and Savings Plans upfront fees are the always-cash categories.
 */
export function serviceForAwsName(awsName: string): BillingService {
  const name = awsName.trim().toLowerCase();
  const exact = EXACT[name];
  if (exact !== undefined) return exact;
  if (name.includes('amazon bedrock')) return 'bedrock';
  if (name.startsWith('amazon sagemaker')) return 'sagemaker';
  if (name.startsWith('aws support')) return 'support';
  if (name.startsWith('savings plans') || name.includes('savings plan upfront')) return 'savings-plan-upfront';
  return 'other';
}

const ALWAYS_CASH = new Set<string>(ALWAYS_CASH_CATEGORIES);

/** Whether no credit ever pays this service (support plans, Marketplace, upfront fees...), whatever a line says (rev 2). */
export function isAlwaysCash(service: string): boolean {
  return ALWAYS_CASH.has(service);
}

// Words in a credit's description that name a program (checked in this order: the Bedrock POC
// and the Accelerator are more specific than Activate's tiers).
const PROGRAM_WORDS: readonly [RegExp, ProgramId][] = [
  [/bedrock\s*(poc|proof of concept)/i, 'bedrock-poc'],
  [/generative ai accelerator|genai accelerator/i, 'accelerator'],
  [/build for startups/i, 'build'],
  [/activate\s+portfolio/i, 'portfolio'],
  [/activate\s+founders/i, 'founders'],
];

/** The program a credit's description names, or null (the pool is then a custom credit). */
export function programFromDescription(description: string): ProgramId | null {
  for (const [pattern, program] of PROGRAM_WORDS) if (pattern.test(description)) return program;
  return null;
}

/** Every service a credit can pay: what a credit with no product list ("general") covers. */
const PAYABLE_SERVICES: readonly BillingService[] = [
  'bedrock',
  'sagemaker',
  'ec2',
  ...SERVICE_CATEGORIES.filter((c) => !isAlwaysCash(c)),
];

/** The plan services a credit's product names cover (none listed: every payable service). */
export function creditServices(credit: Pick<ImportedCredit, 'products'>): BillingService[] {
  if (credit.products.length === 0) return [...PAYABLE_SERVICES];
  return [...new Set(credit.products.map(serviceForAwsName))];
}
