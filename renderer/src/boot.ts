// The page's entry point, kept tiny on purpose. Start-up runs on three tracks at once: the
// engine worker loads and warms up; the document opens and its first computation is requested;
// and the interface's script (the largest, mostly the grid library) loads. The interface is
// shown once the document is open, usually with its first results already in.
// First: the Trusted Types policy must exist before any script URL is used.
import './trusted-types';
import { startEngineWorker } from './engine-host/worker-start';

performance.mark('app-start');
startEngineWorker();
const documentOpen = import('./start-document').then((m) => m.startDocument());
const interfaceLoaded = import('./main');
Promise.all([documentOpen, interfaceLoaded])
  .then(([, ui]) => ui.startInterface())
  .catch((error: unknown) => {
    // Nothing else can show it: say so on the page rather than leave it blank.
    const root = document.getElementById('root');
    if (root !== null)
      root.textContent = `CreditStack could not start: ${error instanceof Error ? error.message : String(error)}`;
    throw error;
  });
