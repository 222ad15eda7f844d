// The spreadsheet peer: the same model as a HyperFormula sheet. A1 holds the growth driver,
// row 1 from E holds the month index, and each line is a row: B base, C unit cost, D fixed cost,
// then one formula per month, =$D+$B*$C*(1+$A$1)^month for growing lines and
// =$D+$B*$C*(1+12*$A$1) for the others. Every formula cell references A1, as every engine line
// depends on `growth`.
import { HyperFormula, type RawCellContent } from 'hyperformula';
import type { PlainScenario } from './generate-workbook';

const FIRST_MONTH_COLUMN = 4; // E

/** Spreadsheet column letters of a 0-based column index (0 -> A, 26 -> AA). */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

export function sheetOf(s: PlainScenario): RawCellContent[][] {
  const header: RawCellContent[] = [s.growth, null, null, null];
  for (let m = 0; m < s.months; m++) header.push(m);
  const rows: RawCellContent[][] = [header];
  s.lines.forEach((line, l) => {
    const r = l + 2;
    const row: RawCellContent[] = [null, line.base, line.unit, line.fixed];
    for (let m = 0; m < s.months; m++) {
      const growth = line.monthly ? `(1+$A$1)^${columnName(FIRST_MONTH_COLUMN + m)}$1` : '(1+12*$A$1)';
      row.push(`=$D${r}+$B${r}*$C${r}*${growth}`);
    }
    rows.push(row);
  });
  return rows;
}

export interface SheetBaseline {
  /** Sets the growth cell; HyperFormula recalculates every formula. */
  setGrowth(value: number): void;
  /** Sets one line's base (row input); HyperFormula recalculates that row. */
  setBase(line: number, value: number): void;
  destroy(): void;
}

export function buildSheet(s: PlainScenario): SheetBaseline {
  const hf = HyperFormula.buildFromArray(sheetOf(s), { licenseKey: 'gpl-v3' });
  return {
    setGrowth: (value) => void hf.setCellContents({ sheet: 0, col: 0, row: 0 }, [[value]]),
    setBase: (line, value) => void hf.setCellContents({ sheet: 0, col: 1, row: line + 1 }, [[value]]),
    destroy: () => hf.destroy(),
  };
}
