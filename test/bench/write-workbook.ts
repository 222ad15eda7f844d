// Writes a synthetic benchmark workbook to a file: `tsx test/bench/write-workbook.ts OUT LINES
// MONTHS POOLS SCENARIOS`. The browser timings spec runs it (Playwright's loader cannot read the
// price book's JSON import, which the bundlers and tsx can).
import { writeFileSync } from 'node:fs';
import { generateWorkbook } from './generate-workbook';

const [out, lines, months, pools, scenarios] = process.argv.slice(2);
const counts = [lines, months, pools, scenarios].map(Number);
if (out === undefined || counts.some((n) => !Number.isInteger(n) || n <= 0)) {
  console.error('usage: write-workbook OUT LINES MONTHS POOLS SCENARIOS');
  process.exit(2);
}
const [l, m, p, s] = counts;
writeFileSync(out, JSON.stringify(generateWorkbook({ lines: l, months: m, pools: p, scenarios: s }).input));
