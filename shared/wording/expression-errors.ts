// What is wrong with a quantity or an assumption, in words a finance lead reads: "two hundred" is
// not a number; type 200 - not the parser's "implicit multiplication". The engine reports the
// problem as data (ExpressionProblem, with the typing fault the expression compiler found); the
// row and field are named by the issue's sentence (issue-text.ts), not here.
import type { ExpressionProblem, ExprFault } from '../engine';
import { formatMonthDetail } from './format-month';

const SNIPPET = 40;
/** The user's own text, quoted and cut short. */
const quoted = (text: string) => `"${text.length > SNIPPET ? `${text.slice(0, SNIPPET - 1)}…` : text}"`;
/** A number as it is typed: digits and a dot, no grouping. */
const typed = (value: number) => String(value);

/** A typing mistake in words. */
function expressionFaultText(f: ExprFault, startMonth?: string): string {
  switch (f.fault) {
    case 'number-words':
      return f.value === null
        ? `${quoted(f.text)} is not a number; type it in digits`
        : `${quoted(f.text)} is not a number; type ${typed(f.value)}`;
    case 'stray-letter':
      return `${quoted(f.text)} is not a number (it has the letter "${f.letter}" in it); type ${typed(f.value)}`;
    case 'number-format':
      return f.value === null
        ? `${quoted(f.text)} is not a number a formula reads: type digits with no thousands separators and a dot for decimals (1500.5)`
        : `${quoted(f.text)} is not a number a formula reads (no thousands separators, a dot for decimals); type ${typed(f.value)}`;
    case 'unit':
      return f.unit === '$'
        ? `${quoted(f.text)}: amounts are typed without "$"; type ${typed(f.value)}`
        : `${quoted(f.text)} has a unit; the column already says what it counts, so type ${typed(f.value)}`;
    case 'suffix':
      return `${quoted(f.text)}: k, M and B work for a plain number, not inside a formula; type ${typed(f.value)}`;
    case 'unclosed-bracket':
      return f.count === 1
        ? 'a "(" is never closed; add the ")" where it ends'
        : `${f.count} "(" are never closed; add their ")"`;
    case 'unopened-bracket':
      return `the ")" at character ${f.char} has no "(" before it`;
    case 'unknown-name':
      return f.suggestion === undefined
        ? `${quoted(f.name)} is not an assumption of this scenario (nor m, month or year); check the spelling or add it under Assumptions`
        : `${quoted(f.name)} is not an assumption of this scenario; did you mean ${f.suggestion}?`;
    case 'side-by-side':
      return f.call
        ? `to use ${f.left}, put what it applies to in brackets: ${f.left}(${f.right})`
        : `${quoted(`${f.left} ${f.right}`)} puts two values side by side; to multiply them, type ${f.left} * ${f.right}`;
    case 'ends-early':
      return 'the formula ends too soon: a number or a name is missing at the end';
    case 'missing-value':
      return `${quoted(f.token)} at character ${f.char} is out of place: a number or a name is missing before it`;
    case 'missing-operator':
      return `${quoted(f.token)} at character ${f.char} follows a value with nothing between them; add +, -, * or /`;
    case 'divides-by-zero':
      return divisionText(f.divisor, f.month, startMonth);
  }
}

/** "Mar 2027 (month 2)" as the calendar names it; "month 2" when the first month is not known. */
function monthWords(month: number, startMonth: string | undefined): string {
  return startMonth === undefined ? `month ${month}` : formatMonthDetail(startMonth, month);
}

/** "divides by seats, which is 0 in Mar 2027 (month 2)"; month null: in every month. */
function divisionText(divisor: string, month: number | null, startMonth: string | undefined): string {
  const which = /^-?\d/.test(divisor) ? '' : `, which is 0`;
  if (month === null) return `divides by ${divisor}${which}`;
  return `divides by ${divisor}${which} in ${monthWords(month, startMonth)}`;
}

function boundsText(min: number, max: number): string {
  return max === Number.MAX_VALUE ? 'must not be negative' : `must be between ${min} and ${max}`;
}

/**
 * What is wrong with a quantity or an assumption, without saying which. startMonth: the
 * scenario's first month, to name a month as the calendar does.
 */
export function expressionProblemText(p: ExpressionProblem, assumption?: string, startMonth?: string): string {
  switch (p.problem) {
    case 'expression':
      return p.fault === undefined ? p.detail : expressionFaultText(p.fault, startMonth);
    case 'divides-by-zero':
      return divisionText(p.divisor, p.month, startMonth);
    case 'reserved-name':
      return `"${assumption}" is a reserved name`;
    case 'circular':
      return `circular reference: ${p.cycle.join(' -> ')}`;
    case 'uses-failed':
      return `uses "${p.name}", which has an error`;
    case 'not-finite':
      return `is not a finite number in ${monthWords(p.month, startMonth)} (${p.value})`;
    case 'out-of-bounds': {
      const reason =
        p.month !== null && !Number.isFinite(p.value) ? 'is not a finite number' : boundsText(p.min, p.max);
      return p.month === null
        ? `${reason} (is ${p.value})`
        : `${reason} in ${monthWords(p.month, startMonth)} (is ${p.value})`;
    }
    case 'unusable-cost':
      return `the monthly cost${p.month === null ? '' : ` in ${monthWords(p.month, startMonth)}`} is not a usable amount (${p.value}); it must be at most $1 trillion`;
    case 'needs-cost':
      return 'needs a monthly cost, or a quantity and a price item';
  }
}

/** A failed parse or compile (the app's previews and paste checks): the fault in words, else the compiler's message. */
export function expressionFailureText(failure: { message: string; fault?: ExprFault }, startMonth?: string): string {
  return failure.fault === undefined ? failure.message : expressionFaultText(failure.fault, startMonth);
}
