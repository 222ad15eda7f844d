// Reading what AWS gives a user (credits, credit allocations, costs) into a workbook.
export { parseAwsExport, IMPORT_KINDS, IMPORT_SOURCES, type AwsExport, type ImportKind } from './aws-export';
export { applyAwsImport } from './apply-import';
