// Entry point of the Electron main process (bundled by esbuild to dist/electron/main.cjs).
import path from 'node:path';
import { startApp } from './main/app-lifecycle';

startApp({ electronDir: __dirname, rendererDir: path.join(__dirname, '..', 'renderer') });
