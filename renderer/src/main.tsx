// The interface: the grids, panels and commands, shown once the first document is open (see
// boot.ts). Menu commands and files handed over by the host arrive through the bridge.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { bridgeNow } from './bridge/get-bridge';
import { registerGridModules } from './components/grid-modules';
import { runCommand } from './commands/registry';
import { installShortcuts } from './commands/shortcuts';
import { openOrImport } from './features/import/import-actions';
import { useStore } from './store/store';
import './styles.css';

export function startInterface(): void {
  registerGridModules();
  const bridge = bridgeNow();
  bridge.onMenuCommand((id) => runCommand(id));
  bridge.onOpenFile(
    (file) => openOrImport(file),
    (message) => useStore.getState().notify({ kind: 'error', text: `Could not open ${message}` }),
  );
  installShortcuts();
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
