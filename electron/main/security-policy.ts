// Security decisions as pure functions, so each can be tested against a table of hostile input.
// Every function parses with the URL parser and compares against an allowlist; nothing here
// matches on prefixes of raw strings.
import { APP_ENTRY_PATH, APP_HOST, APP_SCHEME } from './app-origin';

/** The URL when it is one of the app's own (app://creditstack/...), else null. */
export function parseAppUrl(raw: unknown): URL | null {
  if (typeof raw !== 'string' || raw.length > 2048) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  // "app://creditstack@evil/" and "app://creditstack:1/" parse, but are not us.
  if (
    url.protocol !== `${APP_SCHEME}:` ||
    url.host !== APP_HOST ||
    url.username !== '' ||
    url.password !== '' ||
    url.port !== ''
  )
    return null;
  return url;
}

/** The part of a frame an IPC check looks at (Electron's WebFrameMain fits). */
export interface SenderFrame {
  readonly url: string;
  readonly parent: unknown;
}

/**
 * IPC is answered only for the app's own page in a top-level frame. A null frame (navigated
 * away or destroyed), a subframe, DevTools, file:// and every other origin are refused.
 */
export function isTrustedIpcSender(frame: SenderFrame | null | undefined): boolean {
  if (frame === null || frame === undefined || frame.parent !== null) return false;
  return parseAppUrl(frame.url)?.pathname === APP_ENTRY_PATH;
}

/** The app never navigates away from its one page; reloading that page is the only navigation allowed. */
export function isAllowedNavigation(url: string): boolean {
  return parseAppUrl(url)?.pathname === APP_ENTRY_PATH;
}

/**
 * The renderer may load only its own files and inline data; everything else (http, https, ws,
 * file, ftp...) is cancelled, so the app makes no network request at all.
 */
/**
 * Downloads the page itself may start: images it drew (a chart saved as PNG, as a data: or an
 * in-app blob: URL). Electron then asks where to save with its own dialog. Anything else, and
 * every remote URL, is refused; workbooks and CSV files go through main's save dialogs instead.
 */
export function isAllowedDownloadUrl(raw: string): boolean {
  if (/^data:image\/png[;,]/i.test(raw)) return true;
  if (!raw.startsWith('blob:')) return false;
  return parseAppUrl(raw.slice('blob:'.length)) !== null;
}

export function isAllowedRequestUrl(raw: string): boolean {
  if (parseAppUrl(raw) !== null) return true;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  // DevTools (development builds only) loads itself from devtools://.
  return url.protocol === 'data:' || url.protocol === 'blob:' || url.protocol === 'devtools:';
}

/** The placeholder renderer/index.html carries where each page load's style nonce goes. */
export const STYLE_NONCE_PLACEHOLDER = 'CREDITSTACK_STYLE_NONCE';

/**
 * Sent as a header with every page; renderer/index.html carries the same policy in a meta tag for
 * the browser edition (a test keeps the two equal; a meta tag cannot hold frame-ancestors). No
 * 'unsafe-eval': expressions are compiled to closures and zod runs jitless, so nothing is eval'd.
 * Trusted Types: no script URL or HTML string reaches a DOM sink except through the page's default
 * policy (renderer/src/trusted-types.ts). No 'unsafe-inline' styles: the <style> elements AG Grid
 * and AG Charts inject carry `nonce`, new for every page load (app-protocol.ts).
 */
export function contentSecurityPolicy(styleNonce: string): string {
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(styleNonce)) throw new Error('not a nonce');
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${styleNonce}'`,
    // blob: URLs can only be made by the page's own scripts (chart images, the engine worker).
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-src 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types default creditstack-parse',
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The web preferences of every window; the window factory is the only place a window is made. */
export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  webviewTag: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
  // The spellchecker downloads dictionaries; the app makes no network request.
  spellcheck: false,
} as const;
