// "Add file…": opens another workbook read-only for the comparison. A file that cannot be read or
// parsed only shows a notice; the comparison and the open document stay as they were.
import { formatLoadError } from '../../../../shared/io/load-error';
import { bridgeNow } from '../../bridge/get-bridge';
import { openComparedFile } from './file-engine';
import { useStore } from '../../store/store';

export async function addCompareFile(): Promise<void> {
  const notify = useStore.getState().notify;
  let file;
  try {
    file = await bridgeNow().openWorkbook();
  } catch (error) {
    notify({
      kind: 'error',
      text: `Could not add a file to the comparison: ${error instanceof Error ? error.message : String(error)}`,
    });
    return;
  }
  if (file === null) return;
  let key: string | null = null;
  try {
    const opened = await openComparedFile(file.text);
    if (!opened.ok) {
      notify({ kind: 'error', text: `Not compared: ${formatLoadError(file.name, opened.error)}` });
      return;
    }
    key = useStore.getState().addCompareFile(file.name, opened.workbook, useStore.getState().fileName);
    useStore.getState().setCompareFileResults(key, await opened.results);
  } catch (error) {
    if (key === null) {
      notify({
        kind: 'error',
        text: `Not compared: ${file.name}: ${error instanceof Error ? error.message : String(error)}`,
      });
      return;
    }
    useStore.getState().setCompareFileResults(key, { error: error instanceof Error ? error.message : String(error) });
  }
}
