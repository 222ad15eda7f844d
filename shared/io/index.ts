// Workbook text <-> model, and the CSV writer.
export { formatLoadError, type LoadError } from './load-error';
export { parseWorkbookBytes, parseWorkbookText, type LoadResult } from './workbook-load';
export { saveSizeProblem, serializeWorkbook } from './workbook-save';
export { toCsv } from './csv';
export type { CentsBlockTable } from './csv-cents-block';
export { formatCsvNumber, neutraliseFormula, type CsvCell } from './csv-fields';
