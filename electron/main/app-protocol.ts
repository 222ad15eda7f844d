// Serves the built renderer (dist/renderer) under app://creditstack/. Every request is resolved
// inside that folder or refused: "..", encoded "..", backslashes, drive letters and symbolic links
// pointing outside all end in 404.
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { contentSecurityPolicy, parseAppUrl, STYLE_NONCE_PLACEHOLDER } from './security-policy';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

function isInside(root: string, file: string): boolean {
  const relative = path.relative(root, file);
  return relative !== '' && relative.split(path.sep)[0] !== '..' && !path.isAbsolute(relative);
}

/** The file an app:// URL names inside `root`, or null when it would leave `root` or is not ours. */
export function resolveAssetPath(root: string, requestUrl: string): string | null {
  const url = parseAppUrl(requestUrl);
  if (url === null) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null; // malformed %-escape
  }
  // After decoding: a NUL, a backslash (Windows separator) or a colon (drive letter, NTFS stream) is never one of our file names.
  if (/[\0\\:]/.test(pathname)) return null;
  if (pathname === '/') pathname = '/index.html';
  const file = path.resolve(root, `.${pathname}`);
  return isInside(root, file) ? file : null;
}

const notFound = () =>
  new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

/** The protocol.handle() handler for app://. */
export function createAppProtocolHandler(root: string): (request: Request) => Promise<Response> {
  const realRoot = realpath(root).catch(() => path.resolve(root));
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return new Response('Method not allowed', { status: 405 });
    const file = resolveAssetPath(root, request.url);
    if (file === null) return notFound();
    try {
      // A symbolic link inside the folder must not lead outside it.
      const real = await realpath(file);
      if (!isInside(await realRoot, real) || !(await stat(real)).isFile()) return notFound();
      // A new nonce for every response: the page's <style> elements may carry it, nothing injected can guess it.
      const nonce = randomBytes(16).toString('base64');
      const bytes = request.method === 'HEAD' ? null : await readFile(real);
      const body =
        bytes !== null && contentTypeFor(real).startsWith('text/html')
          ? bytes.toString('utf8').replaceAll(STYLE_NONCE_PLACEHOLDER, nonce)
          : bytes;
      return new Response(body, {
        status: 200,
        headers: {
          'Content-Type': contentTypeFor(real),
          'Content-Security-Policy': contentSecurityPolicy(nonce),
          'X-Content-Type-Options': 'nosniff',
          'Cross-Origin-Opener-Policy': 'same-origin',
        },
      });
    } catch {
      return notFound();
    }
  };
}
