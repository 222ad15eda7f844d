// The engine worker's side: the one copy of the document that is parsed, patched, computed and
// written. Kept apart from the worker's message plumbing so the tests run it directly. The
// parser and the writer (which need the schema library) load on first use, so the worker's
// script stays small and starts quickly.
import type { Engine } from '../../../shared/engine/compute';
import type { Workbook } from '../../../shared/model';
import { bundledPriceBook, withPriceSnapshot } from '../../../shared/prices';
import { packScenario } from './packed-results';
import { LINES_PER_PART, type FromWorker, type ToWorker } from './protocol';
import { applyWorkbookPatch, scenariosToCompute } from './workbook-patch';

type Send = (message: FromWorker, transfer?: Transferable[]) => void;

const loadFileModule = () => import('../../../shared/io');
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function createDocumentOwner(engine: Engine, send: Send) {
  let doc: Workbook | null = null;
  /** The file parsed last, until the UI adopts it (edits made meanwhile still apply to `doc`). */
  let opened: { seq: number; workbook: Workbook } | null = null;

  function compute(seq: number, ids: readonly string[]): void {
    const started = performance.now();
    const scenarios = ids.map((id) => packScenario(engine.computeScenario(doc!, id)));
    const order = doc!.scenarios.map((s) => s.id);
    send(
      { type: 'results', seq, scenarios, order, ms: performance.now() - started },
      scenarios.map((s) => s.buffer),
    );
  }

  async function open(seq: number, text: string): Promise<void> {
    const io = await loadFileModule();
    const result = io.parseWorkbookText(text);
    if (!result.ok) {
      send({ type: 'open-failed', seq, error: result.error });
      return;
    }
    const workbook = result.workbook;
    opened = { seq, workbook };
    // The lines go in parts; the workbook itself follows with empty line lists.
    workbook.scenarios.forEach((s, scenario) => {
      for (let at = 0; at < s.lines.length; at += LINES_PER_PART)
        send({ type: 'opened-lines', seq, scenario, lines: s.lines.slice(at, at + LINES_PER_PART) });
    });
    send({
      type: 'opened',
      seq,
      workbook: { ...workbook, scenarios: workbook.scenarios.map((s) => ({ ...s, lines: [] })) },
      migratedFrom: result.migratedFrom,
    });
  }

  async function text(seq: number, purpose: 'save' | 'recovery'): Promise<void> {
    if (doc === null) throw new Error('no document is open');
    const io = await loadFileModule();
    const workbook = purpose === 'save' ? withPriceSnapshot(doc, bundledPriceBook()) : doc;
    send({ type: 'text', seq, text: io.serializeWorkbook(workbook) });
  }

  async function carryOut(message: ToWorker): Promise<void> {
    switch (message.type) {
      case 'open':
        return open(message.seq, message.text);
      case 'adopt':
        if (opened?.seq !== message.opened) throw new Error('the opened file is no longer at hand');
        doc = opened.workbook;
        opened = null;
        return compute(
          message.seq,
          doc.scenarios.map((s) => s.id),
        );
      case 'load':
        doc = message.workbook;
        return compute(
          message.seq,
          doc.scenarios.map((s) => s.id),
        );
      case 'patch':
        doc = applyWorkbookPatch(doc, message.patch);
        return compute(message.seq, scenariosToCompute(message.patch));
      case 'text':
        return text(message.seq, message.purpose);
    }
  }

  return {
    /** Handles one request; the worker hands them over one after another, in the order sent. */
    async handle(message: ToWorker): Promise<void> {
      try {
        await carryOut(message);
      } catch (error) {
        send({ type: 'failed', seq: message.seq, message: messageOf(error) });
      }
    },
    document: () => doc,
  };
}
