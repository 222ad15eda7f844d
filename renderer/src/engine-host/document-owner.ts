// The engine worker's side: the one copy of the document that is parsed, patched, computed and
// written. Kept apart from the worker's message plumbing so the tests run it directly. The
// parser and the writer (which need the schema library) load on first use, so the worker's
// script stays small and starts quickly.
import type { Engine } from '../../../shared/engine/compute';
import type { Workbook } from '../../../shared/model';
import { bundledPriceBook, withPriceSnapshot } from '../../../shared/prices';
import { samePrices, workbookPrices, type WorkbookPrice } from '../features/prices/workbook-prices';
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
  /** What the Prices panel's rows were last worked out from, and the rows (see sendPrices). */
  let pricedFrom: unknown[] = [];
  let priced: WorkbookPrice[] | null = null;

  /**
   * One message per scenario: the page reads each in a task of its own (a 12,500-line
   * scenario's results take a few milliseconds to read; four in one message, four times that).
   * `ms` is the time computing so far, so the last message has the request's total.
   */
  function compute(seq: number, ids: readonly string[]): void {
    const started = performance.now();
    const order = doc!.scenarios.map((s) => s.id);
    // Nothing to compute (a scenario deleted, the title changed): the order still goes.
    if (ids.length === 0) send({ type: 'results', seq, scenarios: [], order, ms: 0 });
    for (const id of ids) {
      const packed = packScenario(engine.computeScenario(doc!, id));
      send({ type: 'results', seq, scenarios: [packed], order, ms: performance.now() - started }, [packed.buffer]);
    }
  }

  /**
   * The Prices panel's rows, worked out here rather than on the page (50,000 lines take tens of
   * milliseconds), and sent only when they changed. They are worked out again only when what
   * they are read from changed: the overrides, the saved price snapshot, or a scenario's lines
   * or months.
   */
  function sendPrices(seq: number): void {
    const from = [
      doc!.priceOverrides,
      doc!.priceBook,
      ...doc!.scenarios.flatMap((s) => [s.lines, s.startMonth, s.horizonMonths]),
    ];
    if (from.length === pricedFrom.length && from.every((x, i) => x === pricedFrom[i])) return;
    pricedFrom = from;
    const rows = workbookPrices(doc!);
    if (priced !== null && samePrices(rows, priced)) return;
    priced = rows;
    send({ type: 'prices', seq, rows });
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
        compute(
          message.seq,
          doc.scenarios.map((s) => s.id),
        );
        break;
      case 'load':
        doc = message.workbook;
        compute(
          message.seq,
          doc.scenarios.map((s) => s.id),
        );
        break;
      case 'patch':
        doc = applyWorkbookPatch(doc, message.patch);
        compute(message.seq, scenariosToCompute(message.patch));
        break;
      case 'text':
        return text(message.seq, message.purpose);
    }
    // The figures go first; the prices follow.
    if (message.prices) sendPrices(message.seq);
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
