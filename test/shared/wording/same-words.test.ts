// The CLI and the app word an issue the same: both read shared/wording (the sentence, the
// field's label, the code's help) and the field labels of shared/model. One workbook with a
// quantity error, a rule error and a pool warning is computed once; the CLI's issues table and
// the app's issues panel (and the lines grid's column header) are compared, issue by issue.
import { describe, expect, it } from 'vitest';
import { renderIssues } from '../../../cli/summary-report';
import { PLAIN } from '../../../cli/style';
import { issueViews } from '../../../renderer/src/features/issues/issue-list';
import { LINE_FIELDS } from '../../../renderer/src/features/lines/line-fields';
import { POOL_FIELD_LABELS } from '../../../shared/model';
import { ISSUE_HELP } from '../../../shared/wording';
import { compute, sonnetWorkbook } from '../../renderer/panels/fixtures';

describe('the CLI and the app word issues alike', () => {
  const wb = sonnetWorkbook();
  const scenario = wb.scenarios[0];
  // A negative quantity (EXPR_ERROR on inputTokensPerDay), the line claimed under a pool that
  // cannot pay a non-eligible line (POOL_INELIGIBLE on fundedBy), and $60K in a Bedrock POC pool
  // whose usual award is $10K-$50K (AMOUNT_ATYPICAL on amount); the pool then pays nothing, so all
  // $60K expires unused (CREDITS_FORFEITED on validityMonths).
  scenario.lines[0] = {
    ...scenario.lines[0],
    inputTokensPerDay: -5,
    creditEligible: false,
  } as (typeof scenario.lines)[0];
  scenario.pools[0] = { ...scenario.pools[0], amount: 60_000 };
  const result = compute(wb);
  const cli = renderIssues(result, PLAIN);
  const views = issueViews(result.issues, scenario, result);

  it('raises the four issues the workbook was built for', () => {
    expect(views.map((v) => v.issue.code).sort()).toEqual([
      'AMOUNT_ATYPICAL',
      'CREDITS_FORFEITED',
      'EXPR_ERROR',
      'POOL_INELIGIBLE',
    ]);
  });

  it('shows the same sentence, field label and help for each issue', () => {
    for (const view of views) {
      const row = cli.split('\n').find((l) => l.includes(view.issue.code) && l.includes(view.message));
      expect(row, `CLI row with "${view.message}"`).toBeDefined();
      expect(view.fieldLabel).not.toBeNull();
      expect(row).toContain(`(${view.fieldLabel})`);
      expect(cli).toContain(`${view.issue.code}: ${ISSUE_HELP[view.issue.code]}`);
    }
  });

  it('names a line field as the lines grid heads its column, and a pool field as the CLI pools table does', () => {
    const expr = views.find((v) => v.issue.code === 'EXPR_ERROR')!;
    expect(expr.fieldLabel).toBe(LINE_FIELDS.inputTokensPerDay.header);
    expect(expr.fieldLabel).toBe('Input tokens/day');
    expect(expr.message).toBe('Claude summaries: Input tokens/day: must not be negative (is -5)');
    const amount = views.find((v) => v.issue.code === 'AMOUNT_ATYPICAL')!;
    expect(amount.fieldLabel).toBe(POOL_FIELD_LABELS.amount);
  });
});
