// "Part of the model is uncomputed" is said only for EXPR_ERROR and PRICE_MISSING (domain.md,
// program rules): warnings and program-rule errors leave every figure computed.
import { describe, expect, it } from 'vitest';
import { createEngine, ISSUE_CODE_FACTS, type IssueCode } from '../../../shared/engine';
import { uncomputedText } from '../../../shared/wording';
import { flat, workbook, type LineInput } from '../engine/fixtures';

const compute = (lines: LineInput[]) =>
  createEngine().computeScenario(
    workbook({
      horizonMonths: 24,
      pools: [
        // Portfolio pays the App line's months 0-5 before Build starts and 18-23 after it
        // expires (EARMARKED_STRANDED). Build pays App and the $252.51 SageMaker run in months
        // 6-17: 12 x 1,252.51 = 15,030.15, forfeiting 9,969.85 (39.9% > 5%: CREDITS_FORFEITED).
        { id: 'port', name: 'Portfolio', program: 'portfolio', amount: 100_000, startMonth: 0, validityMonths: 24 },
        { id: 'build', name: 'Build', program: 'build', amount: 25_000, startMonth: 6, validityMonths: 12 },
        { id: 'poc', name: 'POC', program: 'bedrock-poc', amount: 25_000, startMonth: 0, validityMonths: 12 },
      ],
      lines,
    }),
    's',
  );

// Warnings of every kind the audit saw raise the banner, plus a program-rule error.
const noisyButComplete: LineInput[] = [
  flat('app', 1_000, { fundedBy: 'build', workstream: 'App' }),
  // SageMaker in Frankfurt: the us-east-1 price (PRICE_REGION_FALLBACK), derived from EC2 (PRICE_DATED);
  // claimed under the Bedrock POC (POOL_INELIGIBLE, an error that changes no figure).
  {
    id: 'ft',
    kind: 'training',
    instanceType: 'p4d.24xlarge',
    region: 'eu-central-1',
    hoursPerRun: 10,
    fundedBy: 'poc',
  },
];

describe('the "part of the model uncomputed" sentence', () => {
  it('is not said for warnings or program-rule errors', () => {
    const r = compute(noisyButComplete);
    const codes = new Set(r.issues.map((i) => i.code));
    for (const code of [
      'EARMARKED_STRANDED',
      'CREDITS_FORFEITED',
      'PRICE_DATED',
      'PRICE_REGION_FALLBACK',
      'POOL_INELIGIBLE',
    ] as IssueCode[])
      expect(codes, code).toContain(code);
    expect(r.issues.some((i) => i.severity === 'error')).toBe(true);
    expect(uncomputedText(r.issues)).toBeNull();
  });

  it('is said for EXPR_ERROR and PRICE_MISSING, counting only those', () => {
    const typo = flat('typo', 'two hundred');
    const oneBad = compute([...noisyButComplete, typo]);
    expect(uncomputedText(oneBad.issues)).toBe(
      '1 error leaves part of the model uncomputed; these figures are incomplete until it is fixed',
    );
    const unpriced: LineInput = { id: 'gpt', kind: 'bedrock', model: 'no-such-model', inputTokensPerDay: 1e6 };
    const twoBad = compute([...noisyButComplete, typo, unpriced]);
    expect(twoBad.issues.map((i) => i.code)).toContain('PRICE_MISSING');
    // Two (EXPR_ERROR + PRICE_MISSING), although POOL_INELIGIBLE is an error too.
    expect(uncomputedText(twoBad.issues)).toMatch(
      /^2 errors leave part of the model uncomputed; .* until they are fixed$/,
    );
  });

  it('is decided by the code, in one table', () => {
    const uncomputed = Object.entries(ISSUE_CODE_FACTS)
      .filter(([, f]) => f.leavesPartUncomputed)
      .map(([code]) => code);
    expect(uncomputed.sort()).toEqual(['EXPR_ERROR', 'PRICE_MISSING']);
  });
});
