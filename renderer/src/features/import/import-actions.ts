// Importing what AWS gives a user into the open workbook: the file is read and checked whole,
// applied to a copy, and only then committed as one undoable step. A foreign or broken file
// leaves the workbook untouched and says in one line what is wrong.
import { applyAwsImport, parseAwsExport } from '../../../../shared/io/aws';
import type { OpenedFile } from '../../bridge/bridge';
import { openText } from '../../commands/file-actions';
import { useStore } from '../../store/store';

export interface ImportReport {
  ok: boolean;
  /** The one-line result ("Imported 3 credits from …" or what is wrong). */
  message: string;
  /** What changed, line by line (pools added or updated, months read, months unknown). */
  details: string[];
}

const LABELS = { credits: 'AWS credits', allocations: 'AWS credit allocations', usage: 'AWS costs' } as const;

/** Imports one file's text; the scenario whose pools a credits import updates (null: every scenario). */
export function importAwsText(name: string, text: string, scenarioId: string | null): ImportReport {
  const store = useStore.getState();
  const parsed = parseAwsExport(text, null);
  if (!parsed.ok)
    return report({
      ok: false,
      message: `Not imported: ${name}: ${parsed.message}. Nothing was changed.`,
      details: [],
    });
  const applied = applyAwsImport(store.workbook, parsed.value, scenarioId);
  if (!applied.ok)
    return report({
      ok: false,
      message: `Not imported: ${name}: ${applied.message}. Nothing was changed.`,
      details: [],
    });
  store.commit(`Import ${LABELS[parsed.value.kind]}`, () => applied.workbook);
  return report({
    ok: true,
    message: `Imported ${LABELS[parsed.value.kind]} from ${name} (Undo takes it back).`,
    details: applied.summary,
  });
}

function report(r: ImportReport): ImportReport {
  useStore.getState().notify({ kind: r.ok ? 'info' : 'error', text: r.message });
  return r;
}

/** Whether a dropped file is AWS output (or broken AWS output) rather than a workbook. */
function meantForImport(text: string): boolean {
  if (/creditstack\.workbook/.test(text.slice(0, 4096))) return false;
  const probe = parseAwsExport(text, null);
  // Other JSON, or text that is no JSON at all, opens as a workbook would: with its message.
  return probe.ok || !/^not an AWS export|not valid JSON/.test(probe.message);
}

/**
 * A file dropped on the window or handed over by the host: a workbook opens; AWS's output is
 * imported into the workbook on screen (so a user can drop a Cost Explorer CSV straight in).
 */
export function openOrImport(file: OpenedFile): void {
  if (meantForImport(file.text)) importAwsText(file.name, file.text, null);
  else void openText(file);
}
