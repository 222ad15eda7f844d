import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentTypeFor, createAppProtocolHandler, resolveAssetPath } from '../../../electron/main/app-protocol';
import { STYLE_NONCE_PLACEHOLDER } from '../../../electron/main/security-policy';

let base: string;
let root: string;

beforeAll(() => {
  base = mkdtempSync(path.join(os.tmpdir(), 'cs-protocol-'));
  root = path.join(base, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(
    path.join(root, 'index.html'),
    '<!doctype html><title>x</title><meta property="csp-nonce" nonce="CREDITSTACK_STYLE_NONCE">',
  );
  writeFileSync(path.join(root, 'assets', 'index-1.js'), 'console.log(1)');
  writeFileSync(path.join(base, 'secret.txt'), 'secret');
  symlinkSync(path.join(base, 'secret.txt'), path.join(root, 'assets', 'leak.js'));
});

afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('resolveAssetPath', () => {
  it('maps app URLs to files inside the renderer folder', () => {
    expect(resolveAssetPath(root, 'app://creditstack/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveAssetPath(root, 'app://creditstack/')).toBe(path.join(root, 'index.html'));
    expect(resolveAssetPath(root, 'app://creditstack/assets/index-1.js?v=2#x')).toBe(
      path.join(root, 'assets', 'index-1.js'),
    );
    expect(resolveAssetPath(root, 'app://creditstack/assets/a%20b.js')).toBe(path.join(root, 'assets', 'a b.js'));
  });

  it.each([
    'app://creditstack/..%2fsecret.txt',
    'app://creditstack/assets/..%2F..%2Fsecret.txt',
    'app://creditstack/..%5c..%5cWindows%5cwin.ini',
    'app://creditstack/C:/Windows/win.ini',
    'app://creditstack/C%3A/Windows/win.ini',
    'app://creditstack/index.html%00.js',
    'app://creditstack/%E0%A4%A',
    'app://evil/index.html',
    'app://creditstack.evil/index.html',
    'file:///etc/passwd',
    'https://creditstack/index.html',
  ])('refuses %s', (url) => {
    expect(resolveAssetPath(root, url)).toBeNull();
  });

  it('keeps ".." segments that the URL parser resolves (also as %2e%2e) inside the folder', () => {
    // The WHATWG parser treats "..", ".%2e" and "%2e%2e" as dot segments and stops at the root.
    for (const url of [
      'app://creditstack/../../secret.txt',
      'app://creditstack/%2e%2e/%2e%2e/secret.txt',
      'app://creditstack/assets/%2E%2E/%2E%2E/secret.txt',
    ]) {
      expect(resolveAssetPath(root, url), url).toBe(path.join(root, 'secret.txt'));
    }
  });
});

describe('the app:// handler', () => {
  const handler = () => createAppProtocolHandler(root);

  it('serves the page with the CSP header and the right content type', async () => {
    const response = await handler()(new Request('app://creditstack/index.html'));
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/^default-src 'none'; script-src 'self'; style-src 'self' 'nonce-[A-Za-z0-9+/]{22}==';/);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    // The page's placeholder nonce becomes the header's nonce.
    const nonce = /'nonce-([^']+)'/.exec(csp)![1];
    expect(await response.text()).toBe(`<!doctype html><title>x</title><meta property="csp-nonce" nonce="${nonce}">`);
  });

  it('every page load gets a new style nonce', async () => {
    const nonces = new Set<string>();
    for (let i = 0; i < 5; i++)
      nonces.add(
        /'nonce-([^']+)'/.exec(
          (await handler()(new Request('app://creditstack/index.html'))).headers.get('content-security-policy')!,
        )![1]!,
      );
    expect(nonces.size).toBe(5);
    expect(STYLE_NONCE_PLACEHOLDER).toBe('CREDITSTACK_STYLE_NONCE');
  });

  it('serves module scripts as JavaScript (module scripts refuse other types)', async () => {
    const response = await handler()(new Request('app://creditstack/assets/index-1.js'));
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('answers 404 for traversal, a symbolic link leading outside, folders and missing files', async () => {
    for (const url of [
      'app://creditstack/%2e%2e/secret.txt',
      'app://creditstack/assets/leak.js',
      'app://creditstack/assets',
      'app://creditstack/missing.js',
      'app://creditstack/..%5csecret.txt',
    ]) {
      const response = await handler()(new Request(url));
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('secret');
    }
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await handler()(new Request('app://creditstack/index.html', { method: 'POST', body: 'x' }));
    expect(response.status).toBe(405);
  });

  it('knows the types the build emits', () => {
    expect(contentTypeFor('a.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('a.woff2')).toBe('font/woff2');
    expect(contentTypeFor('a.SVG')).toBe('image/svg+xml');
    expect(contentTypeFor('a.unknown')).toBe('application/octet-stream');
  });
});
