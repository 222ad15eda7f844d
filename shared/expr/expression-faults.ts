// What went wrong in a quantity's text, as data the edge words for a finance lead (shared/wording/
// expression-errors.ts): number words, a stray letter, separators a formula does not read, a unit,
// brackets that do not pair, an unknown name, a division by zero. The compiler's own `message`
// stays for everything else (refused constructs, limits), where it already says what to write.
import { numberWordsValue } from './number-words';

export type ExprFault =
  /** "two hundred": value is what the words say, when they read as one number. */
  | { readonly fault: 'number-words'; readonly text: string; readonly value: number | null }
  /** "2o0", "20O", "l00": a letter among the digits; value is the number meant (look-alikes read as digits). */
  | { readonly fault: 'stray-letter'; readonly text: string; readonly letter: string; readonly value: number }
  /** "1.000,00", "1,5", "1 000": separators a formula does not read; value when it reads one way only. */
  | { readonly fault: 'number-format'; readonly text: string; readonly value: number | null }
  /** "10 hours", "$200": a unit typed with the number; the column already says what it counts. */
  | { readonly fault: 'unit'; readonly text: string; readonly value: number; readonly unit: string }
  /** "2.5k" inside a formula: the k/M/B shorthand is for typing a plain number. */
  | { readonly fault: 'suffix'; readonly text: string; readonly value: number }
  /** Some "(" never closed. */
  | { readonly fault: 'unclosed-bracket'; readonly count: number }
  /** A ")" with no "(" before it, at char (1-based). */
  | { readonly fault: 'unopened-bracket'; readonly char: number }
  /** A name that is not bound (not an assumption, nor m, month or year); suggestion: a known name it may be a typo of. */
  | { readonly fault: 'unknown-name'; readonly name: string; readonly suggestion?: string }
  /** Two values side by side ("10 seats"); call: the left one is a function name ("sqrt 4"). */
  | { readonly fault: 'side-by-side'; readonly left: string; readonly right: string; readonly call: boolean }
  /** The text ends where a value should follow ("5 +"). */
  | { readonly fault: 'ends-early' }
  /** An operator where a value should be ("5 * * 2"), at char (1-based). */
  | { readonly fault: 'missing-value'; readonly char: number; readonly token: string }
  /** A value where an operator should be ("3 4"), at char (1-based). */
  | { readonly fault: 'missing-operator'; readonly char: number; readonly token: string }
  /** Divides by `divisor` (a name or a part of the formula), which is 0 (month null: in every month). */
  | { readonly fault: 'divides-by-zero'; readonly divisor: string; readonly month: number | null };

const LOOK_ALIKE_DIGITS: Readonly<Record<string, string>> = { o: '0', O: '0', l: '1', I: '1' };
const SUFFIXES: Readonly<Record<string, number>> = { k: 1e3, m: 1e6, b: 1e9 };
// Units people type after a quantity. Anything else after a number may be an assumption name,
// so it is "side by side" (write 10 * seats), not a unit.
const UNITS = new Set([
  'h',
  'hr',
  'hrs',
  'hour',
  'hours',
  'day',
  'days',
  'week',
  'weeks',
  'mo',
  'months',
  'token',
  'tokens',
  'run',
  'runs',
  'instance',
  'instances',
  'gpu',
  'gpus',
  'gb',
  'tb',
  'usd',
  'dollar',
  'dollars',
]);

/** A plain decimal as a formula reads it, with en-US thousands commas allowed; null otherwise. */
function plainNumber(text: string): number | null {
  if (!/^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^[+-]?\.\d+$/.test(text)) return null;
  const value = Number(text.replace(/,/g, ''));
  return Number.isFinite(value) ? value : null;
}

/** "1.000,00" / "1,5" / "1 000" / "1,000.00": what a number with separators most likely means. */
function separatedNumber(text: string): number | null {
  const en = plainNumber(text);
  if (en !== null) return en;
  // A decimal comma, dots or spaces grouping thousands: 1.000,00 / 1 000,5 / 1,5.
  const eu = /^([+-]?\d{1,3}(?:([. ])\d{3})*),(\d+)$/.exec(text);
  if (eu !== null) return Number(`${eu[1]!.replace(/[. ]/g, '')}.${eu[3]}`);
  if (/^[+-]?\d{1,3}(?: \d{3})+(?:\.\d+)?$/.test(text)) return Number(text.replace(/ /g, ''));
  return null;
}

function bracketFault(text: string): ExprFault | null {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth < 0) return { fault: 'unopened-bracket', char: i + 1 };
  }
  return depth > 0 ? { fault: 'unclosed-bracket', count: depth } : null;
}

/** A name that reads as a number typed wrongly ("hundred", "l00"), else null. */
function numberLikeName(name: string): ExprFault | null {
  const words = numberWordsValue(name);
  if (words !== null) return { fault: 'number-words', text: name, value: words };
  if (/^[lIoO][\dlIoO]*$/.test(name) && /\d/.test(name)) {
    const value = Number(name.replace(/[lIoO]/g, (c) => LOOK_ALIKE_DIGITS[c]!));
    return { fault: 'stray-letter', text: name, letter: name[0]!, value };
  }
  return null;
}

/** "20o0", "1e", "20x": one letter among digits, read as the number meant. */
function strayLetter(text: string): ExprFault | null {
  const match = /^([+-]?[\d.,]*)([A-Za-z])([\d.,]*)$/.exec(text);
  if (match === null || !/\d/.test(match[1]! + match[3]!)) return null;
  const letter = match[2]!;
  const value = plainNumber(`${match[1]}${LOOK_ALIKE_DIGITS[letter] ?? ''}${match[3]}`);
  return value === null ? null : { fault: 'stray-letter', text, letter, value };
}

/**
 * Why a text that failed to parse (or to compile) most likely failed, in terms of what the user
 * meant to type; null when none of the common mistakes fits (the compiler's message stands).
 */
export function typingFault(text: string): ExprFault | null {
  const t = text.trim();
  const brackets = bracketFault(t);
  if (brackets !== null) return brackets;
  const words = numberWordsValue(t);
  if (words !== null) return { fault: 'number-words', text: t, value: words };
  const withWord = /^\$?\s*([+-]?[\d.,]*\d[\d.,]*)\s*([A-Za-z]+)$/.exec(t);
  if (withWord !== null) {
    const value = separatedNumber(withWord[1]!);
    const word = withWord[2]!;
    if (value !== null && word.length === 1 && Object.hasOwn(SUFFIXES, word.toLowerCase()))
      return { fault: 'suffix', text: t, value: Number((value * SUFFIXES[word.toLowerCase()]!).toPrecision(15)) };
    if (value !== null && UNITS.has(word.toLowerCase())) return { fault: 'unit', text: t, value, unit: word };
  }
  const currency = /^\$\s*([+-]?[\d.,]*\d[\d.,]*)$|^([+-]?[\d.,]*\d[\d.,]*)\s*\$$/.exec(t);
  if (currency !== null) {
    const value = separatedNumber(currency[1] ?? currency[2]!);
    if (value !== null) return { fault: 'unit', text: t, value, unit: '$' };
  }
  const stray = strayLetter(t);
  if (stray !== null) return stray;
  if (/^[+-]?\d[\d., ]*\d$/.test(t) && /[, ]/.test(t)) {
    // "3 4" (no comma, no thousands grouping) is two numbers: the parser's "operator missing" says it better.
    const value = separatedNumber(t);
    if (value !== null || t.includes(',')) return { fault: 'number-format', text: t, value };
  }
  return null;
}

/** A number with separators around char (1-based) of text: "1,000" in "1,000 * seats". */
export function separatedNumberAt(text: string, char: number): ExprFault | null {
  let from = char - 1;
  let to = char - 1;
  while (from > 0 && /[\d.,]/.test(text[from - 1]!)) from--;
  while (to < text.length - 1 && /[\d.,]/.test(text[to + 1]!)) to++;
  const part = text.slice(from, to + 1);
  if (!/^\d[\d.,]*\d$/.test(part) || !part.includes(',')) return null;
  return { fault: 'number-format', text: part, value: separatedNumber(part) };
}

/** An unknown name: a number typed wrongly, or a name the scenario does not have. */
export function unknownNameFault(name: string): ExprFault {
  return numberLikeName(name) ?? { fault: 'unknown-name', name };
}
