// What each issue code says about the figures, decided once per code (not per place that shows
// issues). domain.md: a program-rule error does not make the figures incomplete; only a quantity
// that cannot be computed (EXPR_ERROR, its line then costs nothing) and a price that cannot be
// found (PRICE_MISSING, its line then costs nothing) leave part of the model uncomputed, and only
// those may say so. A based-on scenario without a usable base (LINK_*) is said by the linked
// banner, which names the missing base.
import type { Issue, IssueCode } from './results';

interface IssueCodeFacts {
  /** The issue leaves part of the model out of the figures (they are incomplete until it is fixed). */
  readonly leavesPartUncomputed: boolean;
}

const fact = (leavesPartUncomputed: boolean): IssueCodeFacts => Object.freeze({ leavesPartUncomputed });

/** Every code must be listed: a new code is a compile error here until someone decides. */
export const ISSUE_CODE_FACTS: { readonly [C in IssueCode]: IssueCodeFacts } = Object.freeze({
  EXPR_ERROR: fact(true),
  PRICE_MISSING: fact(true),
  POOL_INELIGIBLE: fact(false),
  WORKSTREAM_SPLIT: fact(false),
  BUILD_NOT_DISTINCT: fact(false),
  ACCELERATOR_NOT_AI_FIRST: fact(false),
  AMOUNT_ATYPICAL: fact(false),
  CREDITS_FORFEITED: fact(false),
  EARMARKED_STRANDED: fact(false),
  EU_RESIDENCY: fact(false),
  CREDIT_NEVER_APPLIES: fact(false),
  DECLARED_OVER_POOL: fact(false),
  PRICE_REGION_FALLBACK: fact(false),
  PRICE_DATED: fact(false),
  LINK_BASE_MISSING: fact(false),
  LINK_CYCLE: fact(false),
  LINK_TARGET_MISSING: fact(false),
  LINK_CHANGE_INVALID: fact(false),
});

/** How many of the issues leave part of the model uncomputed (0: the figures are complete). */
export function uncomputedCount(issues: readonly Issue[]): number {
  let count = 0;
  for (const issue of issues) if (ISSUE_CODE_FACTS[issue.code].leavesPartUncomputed) count++;
  return count;
}
