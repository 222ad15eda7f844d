// Starting the engine worker, apart from the connection so that the page's tiny entry (boot.ts)
// can start it first thing without loading the store: the connection takes over the worker that
// was started early.
let early: Worker | null = null;

const startWorker = () => new Worker(new URL('./engine-worker.ts', import.meta.url), { type: 'module' });

/** Starts the window's engine worker now, so its script loads and warms up while the UI loads. */
export function startEngineWorker(): void {
  early ??= startWorker();
}

/** The worker started early, the first time; a new one after that (a restart, a compared file). */
export function takeEngineWorker(): Worker {
  const worker = early ?? startWorker();
  early = null;
  return worker;
}
