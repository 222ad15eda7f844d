// The engine worker: owns the document (see document-owner.ts) so that parsing, validation,
// computation and writing never hold up the page. Requests are handled strictly in order, even
// the ones that wait for the file modules to load.
// It imports the actuals sub-barrel (the compute engine with imported AWS actuals applied), not
// the engine's index (which adds the workbook edits), and nothing that needs the schema library
// up front: the worker's script stays small.
import { createEngine } from '../../../shared/engine/actuals';
import { createDocumentOwner } from './document-owner';
import type { FromWorker, ToWorker } from './protocol';
import { WARM_UP_WORKBOOK } from './warm-up-workbook';

const engine = createEngine();
// Warm up while the UI renders (see warm-up-workbook.ts).
engine.computeWorkbook(WARM_UP_WORKBOOK);

const owner = createDocumentOwner(engine, (message: FromWorker, transfer: Transferable[] = []) =>
  (self as unknown as Worker).postMessage(message, transfer),
);
let queue: Promise<void> = Promise.resolve();
self.onmessage = (event: MessageEvent<ToWorker>) => {
  queue = queue.then(() => owner.handle(event.data));
};
