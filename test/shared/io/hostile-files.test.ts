// Files that are broken, odd or hostile. Each must be refused (or loaded) with a clear message
// that names the right place, without throwing and without touching Object.prototype.
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  parseWorkbookBytes,
  parseWorkbookText,
  serializeWorkbook,
  type LoadError,
  type LoadResult,
} from '../../../shared/io';
import { LIMITS } from '../../../shared/model';
import { BASE_TEXT, CONTRACT_EXAMPLE, baseFile, edit, loaded } from './fixtures';
// Imported after the code under test: it snapshots the globals when first imported, and zod
// adds its own (on purpose) when it loads.
import { assertNoPoisoning } from '@fast-check/poisoning';

const MB = 1024 * 1024;
const utf8 = (s: string) => new TextEncoder().encode(s);

function refused(r: LoadResult): LoadError {
  if (r.ok) throw new Error('expected the file to be refused, but it loaded');
  return r.error;
}

// Globals that the test runner writes, and those Node creates lazily on first use.
const NOT_OURS = /^(__vitest|__VITEST|\$|__tinypool|TextEncoder$|TextDecoder$|AbortController$)/;

afterEach(() => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty('polluted');
  assertNoPoisoning({ ignoredRootRegex: NOT_OURS });
});

describe('not a workbook at all', () => {
  it('refuses text that is not JSON, with line and column', () => {
    expect(refused(parseWorkbookText('hello'))).toEqual({
      message: 'not valid JSON: unexpected "h" at line 1 column 1',
      path: null,
    });
    // The "x" is the third character of line 3.
    expect(refused(parseWorkbookText('[1,2\n,\n  x]'))).toEqual({
      message: 'not valid JSON: unexpected "x" at line 3 column 3',
      path: null,
    });
    expect(refused(parseWorkbookText('}{')).message).toBe('not valid JSON: unexpected "}" at line 1 column 1');
    expect(refused(parseWorkbookText('{')).message).toBe(
      'not valid JSON: unexpected end of file where a field name in double quotes should be at line 1 column 2',
    );
    expect(refused(parseWorkbookText('{"a":1,}')).message).toBe(
      'not valid JSON: unexpected "}" where a field name in double quotes should be at line 1 column 8',
    );
    expect(refused(parseWorkbookText('{"title": "abc')).message).toBe(
      'not valid JSON: text that is never closed (a missing ") at line 1 column 11',
    );
  });

  it('refuses an empty file', () => {
    expect(refused(parseWorkbookText(''))).toEqual({ message: 'the file is empty', path: null });
    expect(refused(parseWorkbookText(' \n\t ')).message).toBe('the file is empty');
    expect(refused(parseWorkbookBytes(new Uint8Array())).message).toBe('the file is empty');
    expect(refused(parseWorkbookBytes(new Uint8Array([0xef, 0xbb, 0xbf]))).message).toBe('the file is empty');
  });

  it('refuses binary junk and other encodings', () => {
    // C3 28 is an invalid UTF-8 sequence.
    expect(refused(parseWorkbookBytes(new Uint8Array([0xc3, 0x28, 0xff, 0x00, 0x9f])))).toEqual({
      message: 'not UTF-8 text (the file may be binary or in another encoding)',
      path: null,
    });
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...'{}'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(refused(parseWorkbookBytes(utf16)).message).toBe('the file is UTF-16 text; CreditStack files are UTF-8');
    // Valid UTF-8 that is not JSON.
    expect(refused(parseWorkbookBytes(new Uint8Array([0x01, 0x02, 0x7b]))).message).toBe(
      'not valid JSON: unexpected character U+0001 at line 1 column 1',
    );
    expect(refused(parseWorkbookText('{"a":1}\u0000')).message).toBe(
      'not valid JSON: unexpected character U+0000 after the end of the JSON value at line 1 column 8',
    );
  });

  it('refuses JSON that is not a workbook', () => {
    expect(refused(parseWorkbookText('[]')).message).toBe(
      'not a CreditStack workbook (the file holds a list, not an object)',
    );
    expect(refused(parseWorkbookText('42')).message).toBe(
      'not a CreditStack workbook (the file holds 42, not an object)',
    );
    expect(refused(parseWorkbookText('{"name":"x"}')).message).toBe('not a CreditStack workbook (format is missing)');
    expect(refused(parseWorkbookText('{"format":"other.app","version":1}')).message).toBe(
      'not a CreditStack workbook (format is "other.app")',
    );
  });
});

describe('size and shape limits', () => {
  it('refuses 60 MB of bytes before decoding them', () => {
    // If the decoder were reached, this stand-in would make the message different.
    vi.stubGlobal(
      'TextDecoder',
      class {
        constructor() {
          throw new Error('decoder reached');
        }
      },
    );
    try {
      expect(refused(parseWorkbookBytes(new Uint8Array(60 * MB)))).toEqual({
        message: 'the file is too large (60.0 MB; the limit is 50 MB)',
        path: null,
      });
      // One byte over the limit is over.
      expect(refused(parseWorkbookBytes(new Uint8Array(LIMITS.fileBytes + 1))).message).toBe(
        'the file is too large (50.0 MB; the limit is 50 MB)',
      );
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('refuses a 60 MB string, counting UTF-8 bytes rather than characters', () => {
    expect(refused(parseWorkbookText('x'.repeat(60 * MB))).message).toBe(
      'the file is too large (60.0 MB; the limit is 50 MB)',
    );
    // 20 Mi euro signs are 20 Mi characters but 60 MiB of UTF-8 (3 bytes each).
    expect(refused(parseWorkbookText('€'.repeat(20 * MB))).message).toBe(
      'the file is too large (60.0 MB; the limit is 50 MB)',
    );
  });

  it('refuses nesting 100,000 deep with a clean message', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(refused(parseWorkbookText(deep))).toEqual({
      message: 'nested more than 16 levels deep (at line 1 column 17)',
      path: null,
    });
    const deepObjects = '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000);
    // The 17th "{" starts at offset 16 * 5.
    expect(refused(parseWorkbookText(deepObjects)).message).toBe(
      'nested more than 16 levels deep (at line 1 column 81)',
    );
  });

  it('refuses a 10 MB label', () => {
    const text = JSON.stringify({ ...baseFile(), title: 'x'.repeat(10 * MB) });
    expect(refused(parseWorkbookText(text))).toEqual({ message: 'must be at most 200 characters', path: 'title' });
  });
});

describe('prototype keys', () => {
  it('refuses __proto__ at the top', () => {
    const text = edit('"format"', '"__proto__": { "polluted": 1 },\n  "format"');
    expect(refused(parseWorkbookText(text))).toEqual({
      message: 'the key "__proto__" is not allowed',
      path: '__proto__',
    });
  });

  it('refuses __proto__ nested, and in priceOverrides (where a record schema would silently drop it)', () => {
    const nested = edit('"name": "Chat"', '"name": "Chat", "__proto__": { "polluted": 1 }');
    expect(refused(parseWorkbookText(nested))).toEqual({
      message: 'the key "__proto__" is not allowed',
      path: 'scenarios[0].lines[0].__proto__',
    });
    const inPrices = edit('"version": 1,', '"version": 1, "priceOverrides": { "__proto__": { "polluted": 1 } },');
    expect(refused(parseWorkbookText(inPrices))).toEqual({
      message: 'the key "__proto__" is not allowed',
      path: 'priceOverrides.__proto__',
    });
  });

  it('refuses an escaped __proto__', () => {
    const text = edit('"format"', '"\\u005f_proto__": { "polluted": 1 },\n  "format"');
    expect(refused(parseWorkbookText(text)).path).toBe('__proto__');
  });

  it('refuses {"constructor":{"prototype":...}}', () => {
    const text = edit('"format"', '"constructor": { "prototype": { "polluted": 1 } },\n  "format"');
    expect(refused(parseWorkbookText(text))).toEqual({
      message: 'the key "constructor" is not allowed',
      path: 'constructor',
    });
    const proto = edit('"version": 1,', '"version": 1, "company": { "prototype": 1 },');
    expect(refused(parseWorkbookText(proto))).toEqual({
      message: 'the key "prototype" is not allowed',
      path: 'company.prototype',
    });
  });

  it('treats toString and hasOwnProperty as the unknown fields they are', () => {
    const text = edit('"name": "Chat"', '"name": "Chat", "toString": 1, "hasOwnProperty": 2');
    expect(refused(parseWorkbookText(text))).toEqual({
      message: 'unknown fields "toString", "hasOwnProperty"',
      path: 'scenarios[0].lines[0]',
    });
  });
});

describe('numbers', () => {
  it('refuses bare NaN and Infinity (not JSON)', () => {
    expect(refused(parseWorkbookText(edit('"amount": 5000', '"amount": NaN'))).message).toMatch(
      /^not valid JSON: unexpected "N" at line \d+ column \d+$/,
    );
    expect(refused(parseWorkbookText(edit('"amount": 5000', '"amount": -Infinity'))).message).toMatch(
      /^not valid JSON: unexpected "-"/,
    );
  });

  it('refuses NaN-like text where a number is needed, and keeps it as expression text where one is allowed', () => {
    expect(refused(parseWorkbookText(edit('"amount": 5000', '"amount": "NaN"')))).toEqual({
      message: 'must be a number, not text',
      path: 'scenarios[0].pools[0].amount',
    });
    // A quantity holds an expression; "NaN" is stored as typed and the engine reports it.
    const { workbook } = loaded(parseWorkbookText(edit('"inputTokensPerDay": 1000', '"inputTokensPerDay": "NaN"')));
    expect(workbook.scenarios[0].lines[0]).toMatchObject({ inputTokensPerDay: 'NaN' });
  });

  it('refuses 1e400 and -1e400, which JSON.parse would turn into Infinity', () => {
    expect(refused(parseWorkbookText(edit('"inputTokensPerDay": 1000', '"inputTokensPerDay": 1e400')))).toEqual({
      message: 'the number 1e400 is too large (must be a finite number)',
      path: 'scenarios[0].lines[0].inputTokensPerDay',
    });
    expect(refused(parseWorkbookText(edit('"amount": 5000', '"amount": -1e400'))).path).toBe(
      'scenarios[0].pools[0].amount',
    );
  });

  it('accepts 1e308 where any finite number is allowed', () => {
    const { workbook } = loaded(parseWorkbookText(edit('"inputTokensPerDay": 1000', '"inputTokensPerDay": 1e308')));
    expect(workbook.scenarios[0].lines[0]).toMatchObject({ inputTokensPerDay: 1e308 });
  });

  it('normalises -0 to 0, and saves it as 0', () => {
    const text = edit('"amount": 5000', '"amount": -0, "startMonth": -0');
    const { workbook } = loaded(
      parseWorkbookText(edit('"inputTokensPerDay": 1000', '"inputTokensPerDay": -0.0', text)),
    );
    const pool = workbook.scenarios[0].pools[0];
    expect(Object.is(pool.amount, 0)).toBe(true);
    expect(Object.is(pool.startMonth, 0)).toBe(true);
    expect(
      Object.is(
        workbook.scenarios[0].lines[0].kind === 'bedrock' && workbook.scenarios[0].lines[0].inputTokensPerDay,
        0,
      ),
    ).toBe(true);
    expect(serializeWorkbook(workbook)).not.toMatch(/: -0\b/);
    expect(serializeWorkbook(workbook)).toContain('"amount": 0,');
  });

  it('refuses "12" (text) where a number is needed: no coercion', () => {
    const text = edit('"startMonth": "2027-01"', '"startMonth": "2027-01", "horizonMonths": "12"');
    expect(refused(parseWorkbookText(text))).toEqual({
      message: 'must be a number, not text',
      path: 'scenarios[0].horizonMonths',
    });
    for (const [value, word] of [
      ['true', 'true or false'],
      ['null', 'null'],
      ['[]', 'a list'],
      ['{}', 'an object'],
    ])
      expect(refused(parseWorkbookText(edit('"amount": 5000', `"amount": ${value}`)))).toEqual({
        message: `must be a number, not ${word}`,
        path: 'scenarios[0].pools[0].amount',
      });
  });

  it('refuses 9007199254740993 in an integer field (it is not a safe integer)', () => {
    const text = edit('"amount": 5000', '"amount": 5000, "validityMonths": 9007199254740993');
    expect(refused(parseWorkbookText(text))).toEqual({
      message: 'is too large for a whole number',
      path: 'scenarios[0].pools[0].validityMonths',
    });
    expect(refused(parseWorkbookText(edit('"amount": 5000', '"amount": 5000, "validityMonths": 1.5')))).toEqual({
      message: 'must be a whole number',
      path: 'scenarios[0].pools[0].validityMonths',
    });
  });
});

describe('unknown keys, at every level', () => {
  it.each([
    ['the top', '"version": 1,', '"version": 1, "extra": 1,', null],
    ['company', '"version": 1,', '"version": 1, "company": { "extra": 1 },', 'company'],
    ['priceBook', '"version": 1,', '"version": 1, "priceBook": { "asOf": "2026-01", "extra": 1 },', 'priceBook'],
    ['a scenario', '"name": "Base",', '"name": "Base", "extra": 1,', 'scenarios[0]'],
    ['a pool', '"amount": 5000', '"amount": 5000, "extra": 1', 'scenarios[0].pools[0]'],
    ['a line', '"name": "Chat",', '"name": "Chat", "extra": 1,', 'scenarios[0].lines[0]'],
  ])('refuses an unknown field in %s', (_where, from, to, path) => {
    expect(refused(parseWorkbookText(edit(from, to)))).toEqual({ message: 'unknown field "extra"', path });
  });

  it('shortens and escapes a long or odd unknown key', () => {
    const key = `${'k'.repeat(10_000)}\n`;
    const err = refused(parseWorkbookText(edit('"version": 1,', `"version": 1, ${JSON.stringify(key)}: 1,`)));
    expect(err).toEqual({ message: `unknown field "${'k'.repeat(40)}..."`, path: null });
  });

  it('refuses a price key of the wrong form', () => {
    const text = edit('"version": 1,', '"version": 1, "priceOverrides": { "gpu/x": { "price": 1 } },');
    expect(refused(parseWorkbookText(text))).toEqual({
      message: 'is not an allowed key: must look like "bedrock/<model>", "instance/<type>" or "service/<item>"',
      path: 'priceOverrides["gpu/x"]',
    });
  });
});

describe('versions', () => {
  it('refuses a newer version, saying so', () => {
    expect(refused(parseWorkbookText(edit('"version": 1', '"version": 7')))).toEqual({
      message: 'made by a newer version of CreditStack (file version 7, this app reads up to 2)',
      path: null,
    });
  });

  it.each([
    ['"2"', 'must be a whole number, not "2"'],
    ['-1', 'must be a whole number, not -1'],
    ['1.5', 'must be a whole number, not 1.5'],
    ['1e308', 'must be a whole number, not 1e+308'],
    ['null', 'must be a whole number, not null'],
  ])('refuses version %s', (value, message) => {
    expect(refused(parseWorkbookText(edit('"version": 1', `"version": ${value}`)))).toEqual({
      message,
      path: 'version',
    });
  });

  it('refuses a missing version', () => {
    expect(refused(parseWorkbookText(edit('"version": 1,', '')))).toEqual({ message: 'is missing', path: 'version' });
  });
});

describe('references and duplicates', () => {
  it('refuses duplicate line, pool and scenario ids', () => {
    const twoLines = JSON.stringify({
      ...baseFile(),
      scenarios: [
        { ...baseFile().scenarios[0], lines: [...baseFile().scenarios[0].lines, ...baseFile().scenarios[0].lines] },
      ],
    });
    expect(refused(parseWorkbookText(twoLines))).toEqual({
      message: 'duplicate line id "l"',
      path: 'scenarios[0].lines[1].id',
    });
    const twoPools = JSON.stringify({
      ...baseFile(),
      scenarios: [
        { ...baseFile().scenarios[0], pools: [...baseFile().scenarios[0].pools, ...baseFile().scenarios[0].pools] },
      ],
    });
    expect(refused(parseWorkbookText(twoPools))).toEqual({
      message: 'duplicate pool id "p"',
      path: 'scenarios[0].pools[1].id',
    });
    const twoScenarios = JSON.stringify({
      ...baseFile(),
      scenarios: [...baseFile().scenarios, ...baseFile().scenarios],
    });
    expect(refused(parseWorkbookText(twoScenarios))).toEqual({
      message: 'duplicate scenario id "s"',
      path: 'scenarios[1].id',
    });
  });

  it('refuses two pools of a scenario with the same name, naming the second (contracts rev 2: pool names are unique in a scenario)', () => {
    const pool = baseFile().scenarios[0].pools[0];
    const twoNames = (second: string) =>
      JSON.stringify({
        ...baseFile(),
        scenarios: [
          {
            ...baseFile().scenarios[0],
            pools: [
              { ...pool, name: 'Activate' },
              { ...pool, id: 'p2', name: second },
            ],
          },
        ],
      });
    const message =
      'another pool of this scenario is already named "Activate"; pool names must be unique in a scenario';
    expect(refused(parseWorkbookText(twoNames('Activate')))).toEqual({ message, path: 'scenarios[0].pools[1].name' });
    // The same rule as app edits: case and surrounding spaces do not make a name different.
    expect(refused(parseWorkbookText(twoNames(' activate ')))).toEqual({ message, path: 'scenarios[0].pools[1].name' });
    // Different names load.
    expect(parseWorkbookText(twoNames('Activate 2')).ok).toBe(true);
  });

  it('refuses a key written twice in one object (JSON.parse would keep the last silently)', () => {
    expect(refused(parseWorkbookText(edit('"name": "Chat",', '"name": "Chat", "name": "Other",')))).toEqual({
      message: 'this field appears twice in the same object',
      path: 'scenarios[0].lines[0].name',
    });
  });

  it('refuses a fundedBy naming no pool', () => {
    expect(refused(parseWorkbookText(edit('"fundedBy": "p"', '"fundedBy": "ghost"')))).toEqual({
      message: 'names no pool of this scenario ("ghost")',
      path: 'scenarios[0].lines[0].fundedBy',
    });
  });

  it('refuses a line kind it does not know, listing the known ones', () => {
    expect(refused(parseWorkbookText(edit('"kind": "bedrock"', '"kind": "gpu"')))).toEqual({
      message: 'must be one of "bedrock", "training", "endpoint", "service"',
      path: 'scenarios[0].lines[0].kind',
    });
  });
});

describe('text in names', () => {
  it('refuses control characters and lone surrogates', () => {
    for (const bad of ['A\\u0000B', '\\ud800', 'x\\udc00', 'bell\\u0007', 'del\\u007f'])
      expect(refused(parseWorkbookText(edit('"name": "Chat"', `"name": "${bad}"`)))).toEqual({
        message: 'contains control characters or broken Unicode',
        path: 'scenarios[0].lines[0].name',
      });
  });

  it('refuses bidi overrides such as U+202E in a name (rev 2: "cod.exe" must not read "exe.doc" in a board deck)', () => {
    const error = refused(parseWorkbookText(edit('"name": "Chat"', '"name": "\\u202Eevil"')));
    expect(error.message).toContain('bidirectional override');
  });

  it('keeps right-to-left text itself (Hebrew, Arabic) as written', () => {
    const { workbook } = loaded(parseWorkbookText(edit('"name": "Chat"', '"name": "\u05e9\u05dc\u05d5\u05dd"')));
    expect(workbook.scenarios[0].lines[0].name).toBe('\u05e9\u05dc\u05d5\u05dd');
  });

  it('round-trips a 4-byte emoji label through bytes', () => {
    const title = '👍 Plan 𝄞 🇪🇺';
    const { workbook } = loaded(parseWorkbookBytes(utf8(JSON.stringify({ ...baseFile(), title }))));
    expect(workbook.title).toBe(title);
    const saved = serializeWorkbook(workbook);
    expect(saved).toContain(`"title": "${title}"`);
    const again = loaded(parseWorkbookBytes(utf8(saved))).workbook;
    expect(again.title).toBe(title);
    expect(serializeWorkbook(again)).toBe(saved);
  });
});

describe('loading is total', () => {
  it('never throws on random bytes, random JSON or random edits of a valid file', () => {
    const valid = utf8(CONTRACT_EXAMPLE);
    const mutated = fc
      .tuple(fc.nat({ max: valid.length - 1 }), fc.nat({ max: 40 }), fc.uint8Array({ maxLength: 4 }))
      .map(([at, cut, insert]) => new Uint8Array([...valid.slice(0, at), ...insert, ...valid.slice(at + cut)]));
    const anyInput = fc.oneof(
      fc.uint8Array({ maxLength: 200 }),
      fc.jsonValue().map((v) => utf8(JSON.stringify(v) ?? '')),
      fc.string({ unit: 'binary' }).map(utf8),
      mutated,
    );
    fc.assert(
      fc.property(anyInput, (bytes) => {
        const r = parseWorkbookBytes(bytes);
        if (!r.ok) {
          expect(typeof r.error.message).toBe('string');
          expect(r.error.message).not.toMatch(/[\n\r]/);
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on random JSON objects shaped like a workbook', () => {
    const shaped = fc
      .record({
        extra: fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 3 }),
        line: fc.dictionary(
          fc.constantFrom('__proto__', 'constructor', 'name', 'kind', 'model', 'amount'),
          fc.jsonValue(),
          { maxKeys: 3 },
        ),
      })
      .map(({ extra, line }) => {
        const file = baseFile() as Record<string, unknown>;
        Object.assign(file.scenarios as object[], [
          { ...baseFile().scenarios[0], lines: [{ ...baseFile().scenarios[0].lines[0], ...line }] },
        ]);
        return JSON.stringify({ ...file, ...extra });
      });
    fc.assert(
      fc.property(shaped, (text) => {
        const r = parseWorkbookText(text);
        expect(r.ok === true || typeof r.error.message === 'string').toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('leaves the valid base file loadable (the fixture is sound)', () => {
    expect(loaded(parseWorkbookText(BASE_TEXT)).workbook.scenarios[0].lines[0].id).toBe('l');
  });
});

describe('names with bidirectional overrides or C1 controls (rev 2)', () => {
  it.each([
    ['\u202E', 'bidirectional override'],
    ['\u2066', 'bidirectional override'],
    ['\u0085', 'C1 control'],
  ])('refuses %j in a line name and says which field', (ch, words) => {
    const error = refused(parseWorkbookText(edit('"name": "Chat"', `"name": "Ch${ch}at"`)));
    expect(error.path).toMatch(/lines.*name/);
    expect(error.message).toContain(words);
  });
});
