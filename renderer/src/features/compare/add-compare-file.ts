// "Add file…": opens another workbook read-only for the comparison. A file that cannot be read or
// parsed only shows a notice; the comparison and the open document stay as they were.
import { formatLoadError, parseWorkbookText } from '../../../../shared/io';
import { bridgeNow } from '../../bridge/get-bridge';
import { useDocument } from '../../store/document-store';
import { useCompare } from './compare-store';
import { computeFile } from './file-engine';

export async function addCompareFile(): Promise<void> {
  const notify = useDocument.getState().notify;
  let file;
  try {
    file = await bridgeNow().openWorkbook();
  } catch (error) {
    notify({ kind: 'error', text: `Could not add a file to the comparison: ${error instanceof Error ? error.message : String(error)}` });
    return;
  }
  if (file === null) return;
  const parsed = parseWorkbookText(file.text);
  if (!parsed.ok) {
    notify({ kind: 'error', text: `Not compared: ${formatLoadError(file.name, parsed.error)}` });
    return;
  }
  const key = useCompare.getState().addFile(file.name, parsed.workbook, useDocument.getState().fileName);
  try {
    useCompare.getState().setFileResults(key, await computeFile(parsed.workbook));
  } catch (error) {
    useCompare.getState().setFileResults(key, { error: error instanceof Error ? error.message : String(error) });
  }
}
