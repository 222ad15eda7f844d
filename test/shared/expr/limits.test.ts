// The size bounds: each limit is reachable and one step past it is refused.
import { describe, expect, it } from 'vitest';
import { EXPR_LIMITS } from '../../../shared/expr';
import { constantOf, errorOf } from './expr-helpers';

describe('EXPR_LIMITS', () => {
  it('are 1000 characters, 64 levels and 500 parts', () => {
    expect(EXPR_LIMITS).toEqual({ length: 1000, depth: 64, nodes: 500 });
  });

  it('length: 1000 characters are read, 1001 are not', () => {
    expect(constantOf('7' + ' '.repeat(999))).toBe(7);
    expect(errorOf('7' + ' '.repeat(1000))).toBe('expression is too long (1001 characters, at most 1000)');
  });

  it('depth: 64 nested brackets are read, 65 are not', () => {
    expect(constantOf('('.repeat(64) + '1' + ')'.repeat(64))).toBe(1);
    expect(errorOf('('.repeat(65) + '1' + ')'.repeat(65))).toBe(
      'expression is nested too deeply (more than 64 levels of brackets)',
    );
    // Square and curly brackets count too, before mathjs sees them.
    expect(errorOf('['.repeat(65) + '1' + ']'.repeat(65))).toMatch(/nested too deeply/);
    expect(errorOf('f('.repeat(65) + '1' + ')'.repeat(65))).toMatch(/nested too deeply/);
  });

  it('depth is nesting, not the count of brackets', () => {
    // 100 sibling groups, never more than one level deep: (1)+(1)+... = 100.
    expect(constantOf(Array.from({ length: 100 }, () => '(1)').join('+'))).toBe(100);
  });

  it('signs: 64 in a row are read, 65 are not', () => {
    // 64 minus signs cancel in pairs: 1.
    expect(constantOf('-'.repeat(64) + '1')).toBe(1);
    expect(constantOf('- '.repeat(63) + '-1')).toBe(1);
    expect(errorOf('-'.repeat(65) + '1')).toBe('too many signs in a row (more than 64)');
  });

  it('parts: a sum of 250 ones (499 parts) is read, 251 ones (501 parts) are not', () => {
    // n terms make n numbers and n - 1 additions.
    expect(constantOf(Array(250).fill('1').join('+'))).toBe(250);
    expect(errorOf(Array(251).fill('1').join('+'))).toBe('expression is too large (more than 500 parts)');
  });
});
