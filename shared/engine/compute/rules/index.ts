// The program rules, in the order their issues are listed (within each subject). A new rule is a
// module beside these and one entry here.
import { acceleratorNotAiFirst } from './accelerator-not-ai-first';
import { amountOutsideRange, programUnusualForStage } from './amount-atypical';
import { buildNotDistinct } from './build-not-distinct';
import { creditNeverApplies } from './credit-never-applies';
import { creditsForfeited } from './credits-forfeited';
import { declaredOverPool } from './declared-over-pool';
import { earmarkedStranded } from './earmarked-stranded';
import { euResidency } from './eu-residency';
import { poolIneligible } from './pool-ineligible';
import type { ProgramRule } from './rule';
import { workstreamSplit } from './workstream-split';

export const PROGRAM_RULES: readonly ProgramRule[] = [
  poolIneligible,
  creditNeverApplies,
  buildNotDistinct,
  workstreamSplit,
  acceleratorNotAiFirst,
  amountOutsideRange,
  programUnusualForStage,
  creditsForfeited,
  earmarkedStranded,
  declaredOverPool,
  euResidency,
];

export type { BillingFacts, ProgramRule, WorkstreamClaim } from './rule';
