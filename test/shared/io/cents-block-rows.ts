// A cents-block table as rows of cells, each k cents as the number k / 100: what its text means.
import type { CentsBlockTable, CsvCell } from '../../../shared/io';

export function centsBlockRows(t: CentsBlockTable): CsvCell[][] {
  return [
    [...t.header],
    ...t.leading.map((row, r) => [
      ...row,
      ...Array.from(t.cents)
        .slice(r * t.centsPerRow, (r + 1) * t.centsPerRow)
        .map((k) => k / 100),
    ]),
  ];
}
