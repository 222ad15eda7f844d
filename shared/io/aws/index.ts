// Reading what AWS gives a user (credits, credit allocations, costs) into a workbook.
export {
  parseAwsExport,
  IMPORT_KINDS,
  IMPORT_SOURCES,
  type AwsExport,
  type AwsExportResult,
  type ImportKind,
} from './aws-export';
export { applyAwsImport, type ImportOutcome } from './apply-import';
export { monthNumber } from './credit-pools';
