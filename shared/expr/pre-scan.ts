// Cheap checks on the raw text before mathjs sees it. The mathjs parser recurses once per nesting
// level and overflows the stack at a few hundred parentheses, so depth is bounded here, not there.
import { EXPR_LIMITS } from './limits';

const isOpener = (c: number) => c === 0x28 || c === 0x5b || c === 0x7b; // ( [ {
const isCloser = (c: number) => c === 0x29 || c === 0x5d || c === 0x7d; // ) ] }
const isSign = (c: number) => c === 0x2b || c === 0x2d; // + -

/** Returns why the text is refused, or undefined when it may be handed to the parser. */
export function preScan(text: string): string | undefined {
  if (text.length > EXPR_LIMITS.length)
    return `expression is too long (${text.length} characters, at most ${EXPR_LIMITS.length})`;
  let depth = 0;
  let signRun = 0;
  let blank = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09) continue; // blanks do not end a run of signs: "- - -1" nests too
    if (c === 0x0a || c === 0x0d) return 'line breaks are not allowed: write the expression on one line';
    // Names, numbers and operators are all ASCII; anything else is a look-alike or a stray paste.
    if (c < 0x20 || c > 0x7e) return `character ${describeChar(text, i)} at char ${i + 1} is not allowed`;
    if (c === 0x23) return `comments ("#") are not allowed (char ${i + 1})`;
    blank = false;
    if (isOpener(c) && ++depth > EXPR_LIMITS.depth)
      return `expression is nested too deeply (more than ${EXPR_LIMITS.depth} levels of brackets)`;
    if (isCloser(c) && depth > 0) depth--;
    signRun = isSign(c) ? signRun + 1 : 0;
    if (signRun > EXPR_LIMITS.depth) return `too many signs in a row (more than ${EXPR_LIMITS.depth})`;
  }
  return blank ? 'empty expression' : undefined;
}

function describeChar(text: string, i: number): string {
  const code = text.codePointAt(i) ?? 0;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  // Control characters and lone surrogates are shown by code only, never echoed.
  const printable = code > 0x9f && !(code >= 0xd800 && code <= 0xdfff);
  return printable ? `"${String.fromCodePoint(code)}" (${hex})` : hex;
}
