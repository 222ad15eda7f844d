// A save is refused when the file could not be opened again: over LIMITS.fileBytes in UTF-8.
import { describe, expect, it } from 'vitest';
import { saveSizeProblem } from '../../../shared/io';
import { LIMITS } from '../../../shared/model';

describe('saveSizeProblem', () => {
  it('accepts a text of exactly the limit, and refuses one byte more', () => {
    expect(saveSizeProblem('a'.repeat(LIMITS.fileBytes))).toBeNull();
    const problem = saveSizeProblem('a'.repeat(LIMITS.fileBytes + 1));
    expect(problem).toMatch(/^the workbook would be 50\.0 MB, over the 50 MB a CreditStack file may be/);
  });

  it('counts UTF-8 bytes, not characters: "é" is two bytes', () => {
    expect(saveSizeProblem('é'.repeat(LIMITS.fileBytes / 2))).toBeNull();
    expect(saveSizeProblem('é'.repeat(LIMITS.fileBytes / 2 + 1))).not.toBeNull();
  });

  it('a small workbook text passes without counting', () => {
    expect(saveSizeProblem('{"format":"creditstack.workbook"}\n')).toBeNull();
  });
});
