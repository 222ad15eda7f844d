// `npm start`: builds the app and runs it in Electron. Where no Electron binary exists (it cannot
// be downloaded on every machine), it says how to use the browser edition instead and exits 0.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { findElectronBinary } from './find-electron-binary.mjs';

const root = path.resolve(import.meta.dirname, '..');
const electron = findElectronBinary(root);
if (electron.path === null) {
  console.log("Electron's binary is not available on this machine; run `npm run web` to use CreditStack in a browser.");
  process.exit(0);
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
for (const script of ['build:renderer', 'build:electron']) {
  const built = spawnSync(npm, ['run', '--silent', script], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

// Electron must start as itself, not as plain Node.
const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;
const app = spawn(electron.path, [root, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', env });
app.on('exit', (code, signal) => process.exit(code ?? (signal === null ? 0 : 1)));
