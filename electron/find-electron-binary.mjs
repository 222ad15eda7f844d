// Finds the Electron executable without require('electron'): on Electron 45, requiring the
// package when its binary is missing starts a download (which fails offline) instead of failing
// fast. Used by `npm start` and by the Electron end-to-end tests.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const INSTALL_HINT = 'run `npx install-electron` with network access, or set ELECTRON_PATH';

/**
 * @param {string} root the project folder (holds node_modules)
 * @param {Record<string, string | undefined>} env
 * @returns {{ path: string } | { path: null, reason: string }}
 */
export function findElectronBinary(root, env = process.env) {
  const fromEnv = env.ELECTRON_PATH;
  if (fromEnv !== undefined && fromEnv !== '') {
    return existsSync(fromEnv)
      ? { path: fromEnv }
      : { path: null, reason: `ELECTRON_PATH is set but ${fromEnv} does not exist` };
  }
  const packageDir = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(packageDir, 'path.txt');
  if (!existsSync(pathFile))
    return {
      path: null,
      reason: `Electron binary not installed (node_modules/electron/path.txt is missing; ${INSTALL_HINT})`,
    };
  const executable = path.join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(executable))
    return { path: null, reason: `Electron binary not installed (${executable} is missing; ${INSTALL_HINT})` };
  return { path: executable };
}
