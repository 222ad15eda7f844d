// Picks the host: Electron's preload exposes `window.api`; a plain browser does not.
import type { Bridge } from './bridge';
import { webBridge } from './web-bridge';

let bridge: Bridge | null = null;

export async function getBridge(): Promise<Bridge> {
  if (bridge !== null) return bridge;
  if ('api' in window && window.api !== undefined) {
    const { createElectronBridge } = await import('./electron-bridge');
    bridge = createElectronBridge();
  } else {
    bridge = webBridge;
  }
  return bridge;
}

/** The bridge once chosen (after startup). */
export function bridgeNow(): Bridge {
  return bridge ?? webBridge;
}

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a browser. Typed where it is used (electron-bridge.ts). */
    api?: unknown;
  }
}
