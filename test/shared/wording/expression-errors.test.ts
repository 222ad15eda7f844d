// Quantity errors in words a finance lead reads, through the engine and the wording: the message
// names the line and the field (what and where), says what is wrong, and what to type instead.
// Division by zero names the assumption that is zero and the month it is zero in.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../shared/engine';
import { issueMessage, namesFrom } from '../../../shared/wording';
import { flat, workbook } from '../engine/fixtures';

// seats: 10 in months 0 and 1, 0 from month 2 (2027-03; the plan starts 2027-01).
const assumptions = [
  { name: 'budget', expr: 1000 },
  { name: 'seats', expr: 'm < 2 ? 10 : 0' },
  { name: 'nobody', expr: 0 },
];

function messages(monthlyCost: string, extra: { name: string; expr: string }[] = []): string[] {
  const r = createEngine().computeScenario(
    workbook({ horizonMonths: 6, assumptions: [...assumptions, ...extra], lines: [flat('Hosting', monthlyCost)] }),
    's',
  );
  return r.issues.filter((i) => i.code === 'EXPR_ERROR').map((i) => issueMessage(i, namesFrom(r)));
}

describe('parse errors in plain words, naming line and field', () => {
  it.each([
    ['two hundred', 'Hosting: Monthly cost: "two hundred" is not a number; type 200'],
    ['2o0', 'Hosting: Monthly cost: "2o0" is not a number (it has the letter "o" in it); type 200'],
    [
      '1.000,00',
      'Hosting: Monthly cost: "1.000,00" is not a number a formula reads (no thousands separators, a dot for decimals); type 1000',
    ],
    ['(budget + 1', 'Hosting: Monthly cost: a "(" is never closed; add the ")" where it ends'],
    ['budget + 1)', 'Hosting: Monthly cost: the ")" at character 11 has no "(" before it'],
    // A typo of an assumption: budgte is budget with two letters swapped (one edit).
    ['budgte * 2', 'Hosting: Monthly cost: "budgte" is not an assumption of this scenario; did you mean budget?'],
    // Nothing close: "traffic" is 3+ edits from every name.
    [
      'traffic * 2',
      'Hosting: Monthly cost: "traffic" is not an assumption of this scenario (nor m, month or year); check the spelling or add it under Assumptions',
    ],
    // Case only: Seats is seats.
    ['Seats * 2', 'Hosting: Monthly cost: "Seats" is not an assumption of this scenario; did you mean seats?'],
    ['10 hours', 'Hosting: Monthly cost: "10 hours" has a unit; the column already says what it counts, so type 10'],
    ['5 *', 'Hosting: Monthly cost: the formula ends too soon: a number or a name is missing at the end'],
  ])('%s', (typed, message) => {
    const [only, ...rest] = messages(typed);
    expect(rest).toEqual([]);
    expect(only).toBe(message);
    expect(only).not.toMatch(/implicit multiplication|Unexpected|syntax error/);
  });

  it('an assumption with a typo names what it may have meant', () => {
    expect(messages('per_seat', [{ name: 'per_seat', expr: 'budget / seat' }])).toEqual([
      'per_seat: "seat" is not an assumption of this scenario; did you mean seats?',
      'Hosting: Monthly cost: uses "per_seat", which has an error',
    ]);
  });
});

describe('division by zero names the assumption that is zero', () => {
  it('in a quantity: budget / seats, seats 0 from 2027-03', () => {
    expect(messages('budget / seats')).toEqual([
      'Hosting: Monthly cost: divides by seats, which is 0 in Mar 2027 (month 2)',
    ]);
  });

  it('in an assumption: per_seat = budget / seats, and the line using it', () => {
    expect(messages('per_seat * 2', [{ name: 'per_seat', expr: 'budget / seats' }])).toEqual([
      'per_seat: divides by seats, which is 0 in Mar 2027 (month 2)',
      'Hosting: Monthly cost: uses "per_seat", which has an error',
    ]);
  });

  it('zero in every month: no month to name', () => {
    expect(messages('budget / nobody')).toEqual(['Hosting: Monthly cost: divides by nobody, which is 0']);
  });

  it('a guarded division is no error: months 0-1 cost 1000 / 10 = 100, later months 0', () => {
    const r = createEngine().computeScenario(
      workbook({ horizonMonths: 6, assumptions, lines: [flat('Hosting', 'seats > 0 ? budget / seats : 0')] }),
      's',
    );
    expect(r.issues).toEqual([]);
    expect(Array.from(r.lines[0]!.monthly)).toEqual([100, 100, 0, 0, 0, 0]);
  });
});
