// A single pass over JSON text BEFORE JSON.parse builds anything. It checks the grammar
// (RFC 8259) and the file's shape limits, and names the first problem by line, column and
// JSON path. Doing this ourselves, rather than reading JSON.parse's error, gives the same
// message on every JavaScript engine, a position for every kind of mistake, a clean refusal of
// nesting too deep for any recursive walker (JSON.parse itself accepts 1,000,000 levels), and
// the rejection of keys that would matter to JavaScript objects, in document order.

export interface JsonScanProblem {
  /** 'syntax': not JSON at all; 'depth': nested too deep; 'content': JSON, but something this app refuses. */
  kind: 'syntax' | 'depth' | 'content';
  message: string;
  /** UTF-16 offset into the text. */
  offset: number;
  /** Where in the JSON tree the problem sits (object keys and array indexes). */
  path: (string | number)[];
}

/** Keys that name parts of JavaScript's object machinery; a data file has no use for them. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

interface Frame {
  array: boolean;
  /** The current key (objects) or index (arrays). */
  at: string | number;
  keys: Set<string> | null;
}

const WHITESPACE = /[ \t\n\r]*/y;
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
// A run of plain string characters: anything but the closing quote, a backslash or a control character.
const STRING_RUN = /[^"\\\u0000-\u001F]*/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9A-Fa-f]{4})/y;

/** Describes the character at `i` for a message: 'unexpected "}"', 'unexpected character U+0000'. */
function describeAt(text: string, i: number): string {
  if (i >= text.length) return 'unexpected end of file';
  const cp = text.codePointAt(i) ?? 0;
  if (cp < 0x20 || cp === 0x7f || (cp >= 0x80 && cp <= 0x9f) || (cp >= 0xd800 && cp <= 0xdfff) || cp === 0xfeff)
    return `unexpected character U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  return `unexpected "${String.fromCodePoint(cp)}"`;
}

/** 1-based line and column of a UTF-16 offset (a column counts UTF-16 units, as editors mostly do). */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Returns the first problem in `text`, or null when it is one well-formed JSON value with at
 * most `maxDepth` levels of objects/arrays, no duplicate or forbidden keys and only finite numbers.
 */
export function scanJson(text: string, maxDepth: number): JsonScanProblem | null {
  const stack: Frame[] = [];
  const n = text.length;
  let i = 0;
  const path = () => stack.map((f) => f.at);
  const syntax = (message: string, offset = i): JsonScanProblem => ({ kind: 'syntax', message, offset, path: path() });
  const skipWhitespace = () => {
    WHITESPACE.lastIndex = i;
    WHITESPACE.test(text);
    i = WHITESPACE.lastIndex;
  };
  /** Reads the string starting at text[i] === '"'; returns its raw body or a problem. */
  const readString = (): string | JsonScanProblem => {
    const open = i;
    let j = i + 1;
    for (;;) {
      STRING_RUN.lastIndex = j;
      STRING_RUN.test(text);
      j = STRING_RUN.lastIndex;
      if (j >= n) return syntax('text that is never closed (a missing ")', open);
      const c = text.charCodeAt(j);
      if (c === 0x22) break;
      if (c === 0x5c) {
        ESCAPE.lastIndex = j;
        if (!ESCAPE.test(text)) return syntax('a "\\" in text that starts no valid escape', j);
        j = ESCAPE.lastIndex;
        continue;
      }
      return syntax(`${describeAt(text, j)} inside text (write line breaks and tabs as \\n and \\t)`, j);
    }
    i = j + 1;
    return text.slice(open + 1, j);
  };

  // 'value': a value must come next; 'key': an object key must come next (an empty object is
  // handled where it opens); 'after': a value just ended.
  let mode: 'value' | 'key' | 'after' = 'value';
  for (;;) {
    skipWhitespace();
    if (mode === 'value') {
      const c = text[i];
      if (c === '{' || c === '[') {
        if (stack.length >= maxDepth)
          return { kind: 'depth', message: `nested more than ${maxDepth} levels deep`, offset: i, path: path() };
        const array = c === '[';
        stack.push({ array, at: 0, keys: array ? null : new Set() });
        i++;
        skipWhitespace();
        if (text[i] === (array ? ']' : '}')) {
          stack.pop();
          i++;
          mode = 'after';
        } else if (!array) {
          mode = 'key';
        }
        continue;
      }
      if (c === '"') {
        const s = readString();
        if (typeof s !== 'string') return s;
        mode = 'after';
        continue;
      }
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(text);
      if (m) {
        if (!Number.isFinite(Number(m[0])))
          return {
            kind: 'content',
            message: `the number ${m[0].length > 24 ? `${m[0].slice(0, 24)}...` : m[0]} is too large (must be a finite number)`,
            offset: i,
            path: path(),
          };
        i = NUMBER.lastIndex;
        mode = 'after';
        continue;
      }
      const word = c === 't' ? 'true' : c === 'f' ? 'false' : c === 'n' ? 'null' : null;
      if (word !== null && text.startsWith(word, i)) {
        i += word.length;
        mode = 'after';
        continue;
      }
      return syntax(describeAt(text, i));
    }
    if (mode === 'key') {
      const frame = stack[stack.length - 1];
      if (text[i] !== '"') return syntax(`${describeAt(text, i)} where a field name in double quotes should be`);
      const keyStart = i;
      const raw = readString();
      if (typeof raw !== 'string') return raw;
      // A key with escapes is decoded so that "\u005f_proto__" is caught as well.
      const key = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
      frame.at = key;
      if (FORBIDDEN_KEYS.has(key))
        return { kind: 'content', message: `the key "${key}" is not allowed`, offset: keyStart, path: path() };
      if (frame.keys!.has(key))
        return {
          kind: 'content',
          message: 'this field appears twice in the same object',
          offset: keyStart,
          path: path(),
        };
      frame.keys!.add(key);
      skipWhitespace();
      if (text[i] !== ':') return syntax(`${describeAt(text, i)} where ":" should be`);
      i++;
      mode = 'value';
      continue;
    }
    // mode === 'after'
    const frame = stack[stack.length - 1];
    if (frame === undefined) {
      if (i < n) return syntax(`${describeAt(text, i)} after the end of the JSON value`);
      return null;
    }
    const c = text[i];
    if (c === ',') {
      i++;
      if (frame.array) {
        frame.at = (frame.at as number) + 1;
        mode = 'value';
      } else {
        mode = 'key';
      }
      continue;
    }
    if (c === (frame.array ? ']' : '}')) {
      stack.pop();
      i++;
      continue;
    }
    return syntax(`${describeAt(text, i)} where "," or "${frame.array ? ']' : '}'}" should be`);
  }
}
