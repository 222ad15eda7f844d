// Property tests: arbitrary text never makes the compiler throw, and generated valid expressions
// agree with an independent evaluator written here.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileExpression, parseExpression, type CompiledExpression, type ExprResult } from '../../../shared/expr';
import { compileText, M, resolveTestName, USERS } from './expr-helpers';

/** A result is well-formed: ok with a finite constant or a month function, or a one-line message. */
function checkShape(result: ExprResult<CompiledExpression>): void {
  if (!result.ok) {
    expect(typeof result.message).toBe('string');
    expect(result.message.length).toBeGreaterThan(0);
    expect(result.message).not.toMatch(/[\r\n]/);
    return;
  }
  if (!result.value.monthDependent) expect(Number.isFinite(result.value.value)).toBe(true);
  else for (const m of [0, 1, 59]) expect(typeof result.value.at(m)).toBe('number');
}

describe('arbitrary text', () => {
  it('fc.string() never throws', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => checkShape(compileText(text))),
      { numRuns: 2000 },
    );
  });

  it('arbitrary Unicode never throws', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => checkShape(compileText(text))),
      { numRuns: 1000 },
    );
  });

  it('expression-like text never throws', () => {
    const text = fc.stringMatching(/^[0-9a-z+\-*/^().,%!?:<>= ]{0,200}$/);
    fc.assert(
      fc.property(text, (t) => checkShape(compileText(t))),
      { numRuns: 3000 },
    );
  });

  it('text over the limits never throws', () => {
    const text = fc.stringMatching(/^[-+(1 ]{900,1200}$/);
    fc.assert(
      fc.property(text, (t) => checkShape(compileText(t))),
      { numRuns: 200 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// A tiny independent evaluator. The tree is generated here, printed fully parenthesised, and
// evaluated with plain JS arithmetic. The documented rule for non-finite values is modelled as a
// flag: if any step that is evaluated is not finite, the result must be an error (a constant) or
// non-finite (a month-dependent value).

type Name = 'growth' | 'a' | 'b' | 'x' | 'm' | 'users';
type Tree =
  | { t: 'num'; v: number }
  | { t: 'name'; name: Name }
  | { t: 'neg'; a: Tree }
  | { t: 'not'; a: Tree }
  | { t: 'bin'; op: string; a: Tree; b: Tree }
  | { t: 'if'; c: Tree; y: Tree; n: Tree }
  | { t: 'fn'; fn: string; args: Tree[] };

const CONSTANTS: Record<string, number> = { growth: 0.05, a: 3, b: -2.5, x: 0 };

function print(tree: Tree): string {
  switch (tree.t) {
    case 'num':
      return tree.v < 0 || Object.is(tree.v, -0) ? `(${tree.v === 0 ? '-0' : String(tree.v)})` : String(tree.v);
    case 'name':
      return tree.name;
    case 'neg':
      return `(-${print(tree.a)})`;
    case 'not':
      return `(not ${print(tree.a)})`;
    case 'bin':
      return `(${print(tree.a)} ${tree.op} ${print(tree.b)})`;
    case 'if':
      return `(${print(tree.c)} ? ${print(tree.y)} : ${print(tree.n)})`;
    case 'fn':
      return `${tree.fn}(${tree.args.map(print).join(', ')})`;
  }
}

function evaluate(tree: Tree, m: number): { value: number; broken: boolean } {
  let broken = false;
  // Every value produced (leaf, operation, function, test) passes through here.
  const run = (n: Tree): number => {
    const v = raw(n);
    if (!Number.isFinite(v)) broken = true;
    return v;
  };
  const raw = (n: Tree): number => {
    switch (n.t) {
      case 'num':
        return n.v;
      case 'name':
        return n.name === 'm' ? M[m] : n.name === 'users' ? USERS[m] : CONSTANTS[n.name];
      case 'neg':
        return -run(n.a);
      case 'not':
        return run(n.a) === 0 ? 1 : 0;
      case 'if':
        return run(n.c) !== 0 ? run(n.y) : run(n.n);
      case 'fn': {
        const xs = n.args.map(run);
        switch (n.fn) {
          case 'min':
            return Math.min(...xs);
          case 'max':
            return Math.max(...xs);
          case 'abs':
            return Math.abs(xs[0]);
          case 'floor':
            return Math.floor(xs[0]);
          case 'ceil':
            return Math.ceil(xs[0]);
          case 'sqrt':
            return Math.sqrt(xs[0]);
          case 'exp':
            return Math.exp(xs[0]);
          case 'log':
            return Math.log(xs[0]);
          default:
            throw new Error(n.fn);
        }
      }
      case 'bin': {
        const a = run(n.a);
        const b = run(n.b);
        switch (n.op) {
          case '+':
            return a + b;
          case '-':
            return a - b;
          case '*':
            return a * b;
          case '/':
            return a / b;
          case '^':
            return Math.pow(a, b);
          case '<':
            return a < b ? 1 : 0;
          case '<=':
            return a <= b ? 1 : 0;
          case '>':
            return a > b ? 1 : 0;
          case '>=':
            return a >= b ? 1 : 0;
          case '==':
            return a === b ? 1 : 0;
          case '!=':
            return a !== b ? 1 : 0;
          case 'and':
            return a !== 0 && b !== 0 ? 1 : 0;
          case 'or':
            return a !== 0 || b !== 0 ? 1 : 0;
          default:
            throw new Error(n.op);
        }
      }
    }
  };
  const value = run(tree);
  return { value, broken };
}

const { tree: treeArb } = fc.letrec<{ tree: Tree; leaf: Tree }>((tie) => ({
  leaf: fc.oneof(
    fc.integer({ min: 0, max: 100 }).map((v): Tree => ({ t: 'num', v })),
    fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((v): Tree => ({ t: 'num', v })),
    fc.constantFrom<Name>('growth', 'a', 'b', 'x', 'm', 'users').map((name): Tree => ({ t: 'name', name })),
  ),
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    tie('leaf'),
    tie('tree').map((a): Tree => ({ t: 'neg', a })),
    tie('tree').map((a): Tree => ({ t: 'not', a })),
    fc
      .record({
        op: fc.constantFrom('+', '-', '*', '/', '^', '<', '<=', '>', '>=', '==', '!=', 'and', 'or'),
        a: tie('tree'),
        b: tie('tree'),
      })
      .map(({ op, a, b }): Tree => ({ t: 'bin', op, a, b })),
    fc.record({ c: tie('tree'), y: tie('tree'), n: tie('tree') }).map(({ c, y, n }): Tree => ({ t: 'if', c, y, n })),
    fc
      .record({ fn: fc.constantFrom('abs', 'floor', 'ceil', 'sqrt', 'exp', 'log'), a: tie('tree') })
      .map(({ fn, a }): Tree => ({ t: 'fn', fn, args: [a] })),
    fc
      .record({ fn: fc.constantFrom('min', 'max'), args: fc.array(tie('tree'), { minLength: 2, maxLength: 3 }) })
      .map(({ fn, args }): Tree => ({ t: 'fn', fn, args })),
  ),
}));

const MONTHS_CHECKED = [0, 1, 7, 12, 59];

describe('generated valid expressions agree with the independent evaluator', () => {
  it('values, errors and non-finite months match', () => {
    fc.assert(
      fc.property(treeArb, (tree) => {
        const text = print(tree);
        const parsed = parseExpression(text);
        if (!parsed.ok) throw new Error(`${text}: ${parsed.message}`);
        const compiled = compileExpression(parsed.value, resolveTestName);
        for (const m of MONTHS_CHECKED) {
          const expected = evaluate(tree, m);
          if (!compiled.ok) {
            expect(compiled.message).toBe('result is not a finite number');
            expect(expected.broken).toBe(true);
          } else if (!compiled.value.monthDependent) {
            expect(expected.broken).toBe(false);
            expect(compiled.value.value === expected.value).toBe(true);
          } else {
            const actual = compiled.value.at(m);
            if (expected.broken) expect(Number.isFinite(actual)).toBe(false);
            else expect(actual === expected.value, `${text} at m=${m}: ${actual} vs ${expected.value}`).toBe(true);
          }
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('flat arithmetic agrees with JavaScript precedence', () => {
  // For + - * / without parentheses mathjs and JavaScript share precedence and left associativity,
  // so the JS engine itself is the reference. The text is built here from digits, four operators
  // and two bound names only.
  const term = fc.oneof(fc.integer({ min: 0, max: 1000 }).map(String), fc.constantFrom('a', 'growth', 'm', '0', '0.5'));
  const flat = fc
    .tuple(term, fc.array(fc.tuple(fc.constantFrom('+', '-', '*', '/'), term), { maxLength: 12 }))
    .map(([first, rest]) => first + rest.map(([op, t]) => ` ${op} ${t}`).join(''));

  it('values match for every month checked', () => {
    fc.assert(
      fc.property(flat, (text) => {
        // A test-only oracle over text generated just above, never user input.
        const reference = new Function('a', 'growth', 'm', `return ${text};`) as (
          a: number,
          growth: number,
          m: number,
        ) => number;
        const compiled = compileText(text);
        for (const m of MONTHS_CHECKED) {
          const expected = reference(3, 0.05, m);
          if (!compiled.ok) {
            expect(Number.isFinite(expected)).toBe(false);
          } else {
            const actual = compiled.value.monthDependent ? compiled.value.at(m) : compiled.value.value;
            expect(
              Object.is(actual, expected) || (Number.isNaN(actual) && Number.isNaN(expected)),
              `${text} at m=${m}`,
            ).toBe(true);
          }
        }
      }),
      { numRuns: 3000 },
    );
  });
});
