import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  isAllowedNavigation,
  isAllowedRequestUrl,
  isTrustedIpcSender,
  parseAppUrl,
  SECURE_WEB_PREFERENCES,
} from '../../../electron/main/security-policy';

const ENTRY = 'app://creditstack/index.html';

// URLs that look like ours, or that an attacker would like us to treat as ours.
const HOSTILE_URLS = [
  'javascript:alert(1)',
  'file:///etc/passwd',
  'file:///C:/Windows/System32/calc.exe',
  'http://evil.example/',
  'https://evil.example/index.html',
  'data:text/html,<script>alert(1)</script>',
  'app://creditstack.evil/index.html',
  'app://evil@creditstack/index.html',
  'app://creditstack@evil/index.html',
  'app://creditstack:8080/index.html',
  'app://evil/index.html',
  'app:creditstack/index.html',
  'devtools://devtools/bundled/inspector.html',
  'about:blank',
  'not a url',
  '',
];

describe('parseAppUrl', () => {
  it('accepts the app origin only', () => {
    expect(parseAppUrl(ENTRY)?.pathname).toBe('/index.html');
    expect(parseAppUrl('app://creditstack/assets/index-abc.js')?.pathname).toBe('/assets/index-abc.js');
    for (const url of HOSTILE_URLS) expect(parseAppUrl(url), url).toBeNull();
  });

  it('refuses what is not a string, and absurdly long URLs', () => {
    expect(parseAppUrl(undefined)).toBeNull();
    expect(parseAppUrl({ toString: () => ENTRY })).toBeNull();
    expect(parseAppUrl(`${ENTRY}?${'a'.repeat(5000)}`)).toBeNull();
  });
});

describe('isTrustedIpcSender', () => {
  it('trusts only the app page in a top-level frame', () => {
    expect(isTrustedIpcSender({ url: ENTRY, parent: null })).toBe(true);
    expect(isTrustedIpcSender({ url: `${ENTRY}#results`, parent: null })).toBe(true);
  });

  const hostileFrames: [string, unknown][] = [
    ['a frame that navigated away or was destroyed', null],
    ['no frame at all', undefined],
    ['a subframe of the app page', { url: ENTRY, parent: { url: ENTRY } }],
    ['another page of the app', { url: 'app://creditstack/other.html', parent: null }],
    ['DevTools', { url: 'devtools://devtools/bundled/devtools_app.html', parent: null }],
    ...HOSTILE_URLS.map((url): [string, unknown] => [url, { url, parent: null }]),
  ];
  it.each(hostileFrames)('refuses %s', (_label, frame) => {
    expect(isTrustedIpcSender(frame as never)).toBe(false);
  });
});

describe('isAllowedNavigation', () => {
  it('allows only a reload of the app page', () => {
    expect(isAllowedNavigation(ENTRY)).toBe(true);
    expect(isAllowedNavigation('app://creditstack/assets/x.js')).toBe(false);
    // The URL parser resolves "..": app://creditstack/../../etc/passwd is /etc/passwd, not the entry.
    expect(isAllowedNavigation('app://creditstack/../../etc/passwd')).toBe(false);
    for (const url of HOSTILE_URLS) expect(isAllowedNavigation(url), url).toBe(false);
  });
});

describe('isAllowedRequestUrl', () => {
  it('lets the page load its own files, inline data and DevTools, and nothing from outside', () => {
    expect(isAllowedRequestUrl('app://creditstack/assets/index.js')).toBe(true);
    expect(isAllowedRequestUrl('data:image/png;base64,AAAA')).toBe(true);
    expect(isAllowedRequestUrl('blob:app://creditstack/6f0c')).toBe(true);
    expect(isAllowedRequestUrl('devtools://devtools/bundled/inspector.js')).toBe(true);
    for (const url of [
      'http://127.0.0.1:9/',
      'https://example.com/',
      'ws://evil/',
      'wss://evil/',
      'ftp://evil/',
      'file:///etc/passwd',
      'app://evil/x.js',
      'chrome://gpu',
      'not a url',
    ]) {
      expect(isAllowedRequestUrl(url), url).toBe(false);
    }
  });
});

describe('content security policy', () => {
  const CONTENT_SECURITY_POLICY = contentSecurityPolicy('bm9uY2U=');
  const directives = new Map(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

  it('never allows eval, and scripts only from the app itself', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).not.toContain('wasm-unsafe-eval');
    expect(directives.get('script-src')).toEqual(["'self'"]);
  });

  it('denies by default and blocks plugins, frames, forms and base rewriting', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-src')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
  });
});

describe('web preferences', () => {
  it('isolate and sandbox every window', () => {
    expect(SECURE_WEB_PREFERENCES).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
    });
  });
});
