import { describe, expect, it, vi } from 'vitest';
import { handleInvoke, registerIpcHandlers, type IpcHandlers } from '../../../electron/main/ipc-handlers';
import { INVOKE_CHANNEL_NAMES, invokeChannels, type InvokeChannel } from '../../../shared/ipc';
import { LIMITS } from '../../../shared/model';

const HANDLE = '0b6f7d2e-3c4a-4f1b-9a8e-5d2c1b0a9f8e';

/** A request each channel must accept. */
const VALID: Record<InvokeChannel, unknown> = {
  'workbook:open': undefined,
  'workbook:takePending': undefined,
  'workbook:save': { handle: HANDLE, text: '{}' },
  'workbook:saveAs': { suggestedName: 'plan.creditstack', text: '{}' },
  'csv:export': { suggestedName: 'plan.csv', text: 'a,b\r\n' },
  'recovery:write': { name: 'plan.creditstack', text: '{}' },
  'recovery:read': undefined,
  'recovery:answer': 'discarded',
  'document:setState': { name: 'plan.creditstack', dirty: true },
};

const huge = 'x'.repeat(LIMITS.fileBytes + 1);
const proto = (json: string) => JSON.parse(json) as unknown;

/** Requests each channel must refuse before its handler runs. */
const HOSTILE: Record<InvokeChannel, unknown[]> = {
  'recovery:answer': [undefined, null, 'restore', 'DISCARDED', { answer: 'restored' }, ['restored'], 1],
  'workbook:open': [{}, 'file:///etc/passwd', { path: '/etc/passwd' }, 0, null],
  'workbook:takePending': [{}, [], 'x'],
  'workbook:save': [
    undefined,
    null,
    { handle: '/etc/passwd', text: '{}' },
    { handle: '../../etc/passwd', text: '{}' },
    { handle: HANDLE, text: 42 },
    { handle: HANDLE, text: huge },
    { handle: HANDLE, text: '{}', force: 'yes' },
    { handle: HANDLE, text: '{}', path: '/etc/passwd' },
    proto(`{"handle":"${HANDLE}","text":"{}","__proto__":{"polluted":1}}`),
    [HANDLE, '{}'],
  ],
  'workbook:saveAs': [
    { suggestedName: '../../etc/passwd', text: '{}' },
    { suggestedName: '/etc/passwd', text: '{}' },
    { suggestedName: '..\\..\\win.ini', text: '{}' },
    { suggestedName: '', text: '{}' },
    { suggestedName: 'a\u0000b', text: '{}' },
    { suggestedName: 'x'.repeat(2000), text: '{}' },
    { suggestedName: 'plan', text: huge },
    { suggestedName: 'plan' },
    proto('{"suggestedName":"plan","text":"{}","__proto__":{"polluted":1}}'),
  ],
  'csv:export': [
    { suggestedName: '..', text: '' },
    { suggestedName: 'a.csv', text: huge },
    { suggestedName: 7, text: '' },
    'a.csv',
  ],
  'recovery:write': [
    undefined,
    { name: 'plan', text: huge },
    { name: 'plan', text: '{}', savedAt: 'now' },
    { name: '', text: '{}' },
    proto('{"name":"plan","text":"{}","constructor":{"prototype":{"polluted":1}}}'),
  ],
  'recovery:read': [{ id: '../../etc/passwd' }, 'x'],
  'document:setState': [
    { name: 'plan', dirty: 'true' },
    { name: 'plan' },
    { name: 'a\nb', dirty: true },
    { name: 'plan', dirty: true, title: '<img src=x onerror=alert(1)>' },
    proto('{"name":"plan","dirty":true,"__proto__":{"polluted":1}}'),
  ],
};

const TRUSTED = { senderFrame: { url: 'app://creditstack/index.html', parent: null }, sender: { id: 7 } } as never;

const HOSTILE_SENDERS: [string, unknown][] = [
  ['another origin', { url: 'https://evil.example/', parent: null }],
  ['file://', { url: 'file:///C:/x.html', parent: null }],
  ['a subframe of the app', { url: 'app://creditstack/index.html', parent: {} }],
  ['DevTools', { url: 'devtools://devtools/bundled/devtools_app.html', parent: null }],
  ['a look-alike host', { url: 'app://creditstack.evil/index.html', parent: null }],
  ['credentials in the URL', { url: 'app://evil@creditstack/index.html', parent: null }],
  ['about:blank', { url: 'about:blank', parent: null }],
  ['a destroyed frame', null],
];

function spyHandlers() {
  const calls: { channel: InvokeChannel; request: unknown; caller: unknown }[] = [];
  const handlers = Object.fromEntries(
    INVOKE_CHANNEL_NAMES.map((channel) => [
      channel,
      async (request: unknown, caller: unknown) => {
        calls.push({ channel, request, caller });
        return { ok: true, value: null };
      },
    ]),
  ) as unknown as IpcHandlers;
  return { handlers, calls };
}

describe('IPC handlers', () => {
  it('registers exactly one handler per channel of the table', () => {
    const handle = vi.fn();
    registerIpcHandlers({ handle }, spyHandlers().handlers);
    expect(handle.mock.calls.map((c) => c[0]).sort()).toEqual(Object.keys(invokeChannels).sort());
  });

  it.each(INVOKE_CHANNEL_NAMES)('%s: a valid request from the app page reaches the handler', async (channel) => {
    const { handlers, calls } = spyHandlers();
    const answer = await handleInvoke(channel, handlers, TRUSTED, VALID[channel] === undefined ? [] : [VALID[channel]]);
    expect(answer).toEqual({ ok: true, value: null });
    expect(calls).toEqual([{ channel, request: VALID[channel], caller: { webContentsId: 7 } }]);
  });

  it.each(INVOKE_CHANNEL_NAMES)('%s: hostile senders are refused before anything runs', async (channel) => {
    const { handlers, calls } = spyHandlers();
    for (const [label, senderFrame] of HOSTILE_SENDERS) {
      const answer = await handleInvoke(channel, handlers, { senderFrame, sender: { id: 7 } } as never, [
        VALID[channel],
      ]);
      expect(answer, label).toMatchObject({ ok: false, code: 'BAD_SENDER' });
    }
    expect(calls).toEqual([]);
  });

  it.each(INVOKE_CHANNEL_NAMES)('%s: hostile payloads are refused before anything runs', async (channel) => {
    const { handlers, calls } = spyHandlers();
    for (const payload of HOSTILE[channel]) {
      const answer = await handleInvoke(channel, handlers, TRUSTED, [payload]);
      expect(answer).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
    }
    // A second argument is never something our preload sends.
    expect(await handleInvoke(channel, handlers, TRUSTED, [VALID[channel], 'extra'])).toMatchObject({
      ok: false,
      code: 'BAD_REQUEST',
    });
    expect(calls).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('the refusal never echoes the payload back', async () => {
    const { handlers } = spyHandlers();
    const answer = await handleInvoke('document:setState', handlers, TRUSTED, [
      { name: '<script>x</script>', dirty: 'no' },
    ]);
    expect(answer).toEqual({
      ok: false,
      code: 'BAD_REQUEST',
      message: 'The request to document:setState was not valid.',
    });
  });

  it('a handler that throws becomes a generic INTERNAL answer', async () => {
    const { handlers } = spyHandlers();
    const failing = {
      ...handlers,
      'recovery:read': async () => Promise.reject(new Error('EACCES: /home/me/secret')),
    } as IpcHandlers;
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const answer = await handleInvoke('recovery:read', failing, TRUSTED, []);
    expect(answer).toEqual({
      ok: false,
      code: 'INTERNAL',
      message: 'Something went wrong in the app; see its log for details.',
    });
    expect(log).toHaveBeenCalledOnce();
    log.mockRestore();
  });
});
