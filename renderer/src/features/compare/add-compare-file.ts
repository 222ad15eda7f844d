// "Add file…": opens another workbook read-only for the comparison. A file that cannot be read or
// parsed only shows a notice; the comparison and the open document stay as they were.
import { formatLoadError, parseWorkbookText } from '../../../../shared/io';
import { bridgeNow } from '../../bridge/get-bridge';
import { computeFile } from './file-engine';
import { useStore } from '../../store/store';

export async function addCompareFile(): Promise<void> {
  const notify = useStore.getState().notify;
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
  const key = useStore.getState().addCompareFile(file.name, parsed.workbook, useStore.getState().fileName);
  try {
    useStore.getState().setCompareFileResults(key, await computeFile(parsed.workbook));
  } catch (error) {
    useStore.getState().setCompareFileResults(key, { error: error instanceof Error ? error.message : String(error) });
  }
}
