// The credit programs as data: what each pays for, its usual award and validity, whether it is a
// general or an earmarked credit, and who usually gets it. The engine's eligibility and program
// rules, new pools and the app's pickers all read this table; a program is one row here.
import type { BillingService, ProgramId, Stage } from './vocabulary';

/**
 * What a program's credits pay for: any credit-eligible service; only the services the pool
 * lists (a custom credit); or a Bedrock workload - Bedrock itself and the supporting services
 * of a line that supports a Bedrock line.
 */
type ProgramScope = 'any-service' | 'listed-services' | 'bedrock-workload';

/** Why a program is unusual at a company stage (worded at the edge). */
export type StageNote = 'self-serve-only' | 'enterprise-agreement' | 'aged-out';

export interface ProgramInfo {
  name: string;
  scope: ProgramScope;
  /** General credits pay for any eligible spend; earmarked ones were awarded for declared spend. */
  classification: 'general' | 'earmarked';
  /** Default validity when a pool does not say (AWS shows the real date in the console). */
  validityMonths: number;
  /** Typical award range in USD, used by the AMOUNT_ATYPICAL rule. */
  typicalMin: number;
  typicalMax: number;
  /** Services the program pays for; null means general AWS usage (every eligible service). */
  services: readonly BillingService[] | null;
  /** The Generative AI Accelerator accepts AI-first companies only. */
  aiFirstOnly: boolean;
  /** Stages at which companies do not usually get this program, and why. */
  unusualAt: Partial<Record<Stage, StageNote>>;
}

/** Pre-seed companies get self-serve Founders credits; Series B moves to an enterprise agreement. */
const ACTIVATE_STAGES: Partial<Record<Stage, StageNote>> = {
  'pre-seed': 'self-serve-only',
  'series-b': 'enterprise-agreement',
};

export const PROGRAMS: Record<ProgramId, ProgramInfo> = {
  founders: {
    name: 'Activate Founders',
    scope: 'any-service',
    classification: 'general',
    validityMonths: 12,
    typicalMin: 1_000,
    typicalMax: 5_000,
    services: null,
    aiFirstOnly: false,
    unusualAt: { 'series-b': 'enterprise-agreement' },
  },
  portfolio: {
    name: 'Activate Portfolio',
    scope: 'any-service',
    classification: 'general',
    validityMonths: 24,
    typicalMin: 50_000,
    typicalMax: 200_000,
    services: null,
    aiFirstOnly: false,
    unusualAt: ACTIVATE_STAGES,
  },
  build: {
    name: 'Build for Startups',
    scope: 'any-service',
    classification: 'general',
    validityMonths: 24,
    typicalMin: 10_000,
    typicalMax: 25_000,
    services: null,
    aiFirstOnly: false,
    unusualAt: ACTIVATE_STAGES,
  },
  'bedrock-poc': {
    name: 'Bedrock POC funding',
    scope: 'bedrock-workload',
    classification: 'earmarked',
    validityMonths: 12,
    typicalMin: 10_000,
    typicalMax: 50_000,
    // Bedrock itself plus the supporting services of a Bedrock workload (checked per line via `supports`).
    services: ['bedrock', 'opensearch-serverless', 'lambda', 's3'],
    aiFirstOnly: false,
    unusualAt: { 'pre-seed': 'self-serve-only' },
  },
  accelerator: {
    name: 'Generative AI Accelerator',
    scope: 'any-service',
    classification: 'general',
    validityMonths: 24,
    typicalMin: 200_000,
    typicalMax: 1_000_000,
    services: null,
    aiFirstOnly: true,
    unusualAt: { 'pre-seed': 'self-serve-only', 'series-b': 'aged-out' },
  },
  custom: {
    name: 'Custom credit',
    scope: 'listed-services',
    classification: 'earmarked',
    validityMonths: 12,
    typicalMin: 0,
    typicalMax: Number.POSITIVE_INFINITY,
    services: [],
    aiFirstOnly: false,
    unusualAt: {},
  },
};
