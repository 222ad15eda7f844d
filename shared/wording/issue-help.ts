// What each issue code means, in one sentence, and the label of the field an issue points to. The
// app's issues panel shows both (the help on hover) and the CLI's issues table too (the field in
// its Where column, the help under the table), so an issue reads the same in both.
import type { Issue, IssueCode } from '../engine';
import { fieldLabel } from '../model';

/** One-line explanation of each code. */
export const ISSUE_HELP: Readonly<Record<IssueCode, string>> = {
  POOL_INELIGIBLE: 'The pool this line is claimed under cannot pay for its service.',
  WORKSTREAM_SPLIT: 'One workstream is claimed under two pools: the same work would be invoiced twice.',
  BUILD_NOT_DISTINCT: 'Build for Startups must fund a workstream that Portfolio does not.',
  ACCELERATOR_NOT_AI_FIRST: 'The Generative AI Accelerator accepts only AI-first companies.',
  AMOUNT_ATYPICAL: 'The amount or program is unusual for this program or company stage.',
  CREDITS_FORFEITED: 'More than 5% of this pool expires unused.',
  EARMARKED_STRANDED:
    'Another pool paid for spend this pool was declared for, and this pool expires unused; the message says why AWS used the other pool.',
  EU_RESIDENCY: 'The company needs EU data residency, but this line runs outside the EU.',
  PRICE_MISSING: 'No price is known for this model or instance; add a price override.',
  EXPR_ERROR: 'This value cannot be computed; the rest of the model still is.',
  CREDIT_NEVER_APPLIES:
    'No AWS credit pays for this category (support, upfront fees, Marketplace...): it is paid in cash whatever the line says.',
  DECLARED_OVER_POOL: 'The lines declared under this pool cost more while it is valid than the pool holds.',
  PRICE_REGION_FALLBACK: "The price book has no price for this line's region, so the us-east-1 price is used.",
  PRICE_DATED: 'A month is priced with a promotional, legacy, derived or unsourced price.',
  LINK_BASE_MISSING: 'This scenario is based on a scenario that is not in the workbook; detach it or delete it.',
  LINK_CYCLE: 'Scenarios based on each other in a circle have no base to start from; detach one of them.',
  LINK_TARGET_MISSING: 'A change of this scenario names a row its base no longer has, so it does nothing.',
  LINK_CHANGE_INVALID: 'A change of this scenario cannot be applied to its base as it is now; the base value is used.',
};

/** The label of the field an issue points to (a line's, else a pool's, else an assumption's, else the scenario's), or null. */
export function issueFieldLabel(issue: Issue): string | null {
  if (issue.field === undefined) return null;
  const owner =
    issue.lineId !== undefined
      ? 'line'
      : issue.poolId !== undefined
        ? 'pool'
        : issue.assumption !== undefined
          ? 'assumption'
          : 'scenario';
  return fieldLabel(owner, issue.field);
}
