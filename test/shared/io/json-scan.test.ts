import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineAndColumn, scanJson } from '../../../shared/io/json-scan';

const DEEP = 1000;

describe('scanJson agrees with JSON.parse on what is JSON', () => {
  // Strings built from JSON's own characters hit the grammar's corners far more often than random text.
  const jsonish = fc.string({
    unit: fc.constantFrom(
      '{',
      '}',
      '[',
      ']',
      ',',
      ':',
      '"',
      '\\',
      ' ',
      '\n',
      '0',
      '1',
      '-',
      '.',
      'e',
      '+',
      'true',
      'false',
      'null',
      'u',
      'a',
      '\u0000',
      '\u00e9',
    ),
    maxLength: 14,
  });
  const validJson = fc
    .tuple(fc.jsonValue({ maxDepth: 4 }), fc.constantFrom(0, 2))
    .map(([v, indent]) => JSON.stringify(v, null, indent));

  it('flags a syntax problem exactly when JSON.parse throws', () => {
    fc.assert(
      fc.property(fc.oneof(jsonish, validJson, fc.string({ unit: 'binary', maxLength: 10 })), (text) => {
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        const problem = scanJson(text, DEEP);
        if (parses) expect(problem?.kind ?? 'ok').not.toBe('syntax');
        else expect(problem?.kind).toBe('syntax');
      }),
      { numRuns: 5000 },
    );
  });

  it('accepts every JSON value without duplicate or prototype keys', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), (value) => {
        const text = JSON.stringify(value);
        const problem = scanJson(text, DEEP);
        // fc.jsonValue likes "__proto__" and "constructor" keys; those are the only refusals expected.
        if (problem !== null)
          expect(problem.message).toMatch(/^the key "(__proto__|constructor|prototype)" is not allowed$/);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('scanJson problems', () => {
  it('names the path of a problem inside the tree', () => {
    expect(scanJson('{"a":[1,{"b":1e999}]}', DEEP)).toEqual({
      kind: 'content',
      message: 'the number 1e999 is too large (must be a finite number)',
      offset: 13,
      path: ['a', 1, 'b'],
    });
    expect(scanJson('{"a":1,"b":{"c":2,"c":3}}', DEEP)).toMatchObject({
      message: 'this field appears twice in the same object',
      path: ['b', 'c'],
    });
  });

  it('counts depth in objects and arrays alike, refusing only past the limit', () => {
    expect(scanJson('[[[]]]', 3)).toBeNull();
    expect(scanJson('[[[[]]]]', 3)).toMatchObject({ kind: 'depth', offset: 3 });
    expect(scanJson('{"a":{"b":[1]}}', 3)).toBeNull();
    expect(scanJson('{"a":{"b":[{}]}}', 3)).toMatchObject({ kind: 'depth', path: ['a', 'b', 0] });
  });

  it('refuses raw control characters inside text and bad escapes', () => {
    expect(scanJson('"a\tb"', DEEP)).toMatchObject({ kind: 'syntax', offset: 2 });
    expect(scanJson('"\\x"', DEEP)).toMatchObject({
      kind: 'syntax',
      message: 'a "\\" in text that starts no valid escape',
    });
    expect(scanJson('"\\u12"', DEEP)).toMatchObject({ kind: 'syntax' });
    expect(scanJson('"\\u00e9\\n\\"ok"', DEEP)).toBeNull();
  });

  it('refuses what JSON leaves out: leading zeros, bare signs, hex, comments, single quotes', () => {
    for (const text of ['01', '-', '+1', '0x10', '.5', '1.', '[1,]', "{'a':1}", '// c\n1', 'tru', 'nul'])
      expect(scanJson(text, DEEP)?.kind, text).toBe('syntax');
  });
});

describe('lineAndColumn', () => {
  it('counts lines from 1 and columns from 1', () => {
    const text = 'ab\ncd\n\nef';
    expect(lineAndColumn(text, 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn(text, 2)).toEqual({ line: 1, column: 3 }); // the first newline itself
    expect(lineAndColumn(text, 4)).toEqual({ line: 2, column: 2 }); // "d"
    expect(lineAndColumn(text, 7)).toEqual({ line: 4, column: 1 }); // "e"
  });
});
