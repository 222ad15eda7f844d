import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import {
  guardSession,
  guardWebContents,
  type GuardedContents,
  type GuardedSession,
} from '../../../electron/main/web-contents-guards';

const HOSTILE = [
  'javascript:alert(1)',
  'file:///etc/passwd',
  'file:///C:/Windows/System32/calc.exe',
  'http://evil.example/',
  'https://example.com/',
  'app://creditstack/../../etc/passwd',
  'app://creditstack.evil/index.html',
  'app://evil@creditstack/index.html',
  'data:text/html,<h1>hi</h1>',
  'about:blank',
];

function fakeContents() {
  const emitter = new EventEmitter();
  let openHandler: ((details: { url: string }) => unknown) | null = null;
  const contents = {
    on: (event: string, listener: (...args: unknown[]) => void) => emitter.on(event, listener),
    setWindowOpenHandler: (handler: (details: { url: string }) => unknown) => {
      openHandler = handler;
    },
  };
  guardWebContents(contents as unknown as GuardedContents);
  const navigate = (event: string, url: string) => {
    const preventDefault = vi.fn();
    emitter.emit(event, { url, preventDefault });
    return preventDefault.mock.calls.length > 0;
  };
  return { emitter, navigate, openWindow: (url: string) => openHandler?.({ url }) };
}

describe('guardWebContents', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    '%s: refuses every URL but the app page',
    (event) => {
      const { navigate } = fakeContents();
      for (const url of HOSTILE) expect(navigate(event, url), url).toBe(true);
      expect(navigate(event, 'app://creditstack/index.html')).toBe(false);
    },
  );

  it('denies every new window, our own URL included', () => {
    const { openWindow } = fakeContents();
    for (const url of [...HOSTILE, 'app://creditstack/index.html']) expect(openWindow(url)).toEqual({ action: 'deny' });
  });

  it('prevents every webview from attaching', () => {
    const { emitter } = fakeContents();
    const preventDefault = vi.fn();
    emitter.emit(
      'will-attach-webview',
      { preventDefault },
      { nodeIntegration: true },
      { src: 'https://evil.example/' },
    );
    expect(preventDefault).toHaveBeenCalledOnce();
  });
});

function fakeSession() {
  const emitter = new EventEmitter();
  const calls: Record<string, (...args: never[]) => unknown> = {};
  const session = {
    setPermissionRequestHandler: (h: never) => (calls.request = h),
    setPermissionCheckHandler: (h: never) => (calls.check = h),
    setDevicePermissionHandler: (h: never) => (calls.device = h),
    on: (event: string, listener: (...args: unknown[]) => void) => emitter.on(event, listener),
    webRequest: { onBeforeRequest: (h: never) => (calls.beforeRequest = h) },
  };
  guardSession(session as unknown as GuardedSession);
  return { emitter, calls: calls as Record<string, (...args: unknown[]) => unknown> };
}

describe('guardSession', () => {
  it('denies every permission request and check', () => {
    const { calls } = fakeSession();
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'fullscreen',
      'hid',
      'unknown',
    ]) {
      const callback = vi.fn();
      calls.request({}, permission, callback, {});
      expect(callback, permission).toHaveBeenCalledWith(false);
      expect(calls.check({}, permission, 'app://creditstack', {})).toBe(false);
    }
    expect(calls.device({ deviceType: 'usb', origin: 'app://creditstack' })).toBe(false);
  });

  it('cancels downloads, except a PNG the page drew (Save PNG on a chart)', () => {
    const { emitter } = fakeSession();
    const attempt = (url: string) => {
      const preventDefault = vi.fn();
      emitter.emit('will-download', { preventDefault }, { getURL: () => url }, {});
      return preventDefault.mock.calls.length === 0;
    };
    expect(attempt('data:image/png;base64,iVBORw0KGgo=')).toBe(true);
    expect(attempt('blob:app://creditstack/5b1e9a52-2d4c-4a4e-9d1f-0c3f1a2b3c4d')).toBe(true);
    for (const url of [
      'https://example.com/x.png',
      'blob:https://evil.example/x',
      'data:text/html,<script>',
      'file:///etc/passwd',
      'app://creditstack/index.html',
      '',
    ])
      expect(attempt(url), url).toBe(false);
  });

  it('cancels every request that leaves the app', () => {
    const { calls } = fakeSession();
    const cancelled = (url: string) => {
      const callback = vi.fn();
      calls.beforeRequest({ url }, callback);
      return (callback.mock.calls[0][0] as { cancel: boolean }).cancel;
    };
    expect(cancelled('app://creditstack/assets/index.js')).toBe(false);
    expect(cancelled('data:image/png;base64,AAAA')).toBe(false);
    for (const url of [
      'https://example.com/',
      'http://127.0.0.1:9/',
      'file:///etc/passwd',
      'ws://evil/',
      'app://evil/x',
    ])
      expect(cancelled(url), url).toBe(true);
  });
});
