// Workbook text <-> model, and the CSV writer.
export { formatLoadError, type LoadError } from './load-error';
export { parseWorkbookBytes, parseWorkbookText, type LoadResult } from './workbook-load';
export { saveSizeProblem, serializeWorkbook } from './workbook-save';
export { formatCsvNumber, neutraliseFormula, toCsv, type CsvCell } from './csv';
