import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { buildPreloadApi, type PreloadIpc } from '../../../electron/preload/build-api';
import { eventChannels, EVENT_METHODS, invokeChannels, INVOKE_METHODS } from '../../../shared/ipc';

function fakeIpc() {
  const emitter = new EventEmitter();
  const invoke = vi.fn(async (channel: string, request?: unknown) => ({ ok: true, value: { channel, request } }));
  const ipc = {
    invoke,
    on: (channel: string, listener: (...args: unknown[]) => void) => emitter.on(channel, listener),
    removeListener: (channel: string, listener: (...args: unknown[]) => void) =>
      emitter.removeListener(channel, listener),
  };
  return { ipc: ipc as unknown as PreloadIpc, invoke, emitter };
}

describe('the preload API', () => {
  it('has one method per channel of the table, and nothing else', () => {
    const api = buildPreloadApi(fakeIpc().ipc);
    expect(Object.keys(api).sort()).toEqual([...Object.keys(INVOKE_METHODS), ...Object.keys(EVENT_METHODS)].sort());
    expect(Object.values(INVOKE_METHODS).sort()).toEqual(Object.keys(invokeChannels).sort());
    expect(Object.values(EVENT_METHODS).sort()).toEqual(Object.keys(eventChannels).sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('each call invokes its own channel with the request as given', async () => {
    const { ipc, invoke } = fakeIpc();
    const api = buildPreloadApi(ipc);
    await api.saveWorkbook({ handle: 'h', text: 't' });
    expect(invoke).toHaveBeenLastCalledWith('workbook:save', { handle: 'h', text: 't' });
    await api.openWorkbook();
    expect(invoke).toHaveBeenLastCalledWith('workbook:open', undefined);
    await api.writeRecovery(null);
    expect(invoke).toHaveBeenLastCalledWith('recovery:write', null);
  });

  it('listeners receive only the payload, never the event (and its sender)', () => {
    const { ipc, emitter } = fakeIpc();
    const api = buildPreloadApi(ipc);
    const seen: unknown[][] = [];
    api.onMenuCommand(function (this: unknown, ...args: unknown[]) {
      seen.push(args);
    } as never);
    emitter.emit('menu:command', { sender: { send: () => 'leak' }, ports: [] }, 'file.save');
    expect(seen).toEqual([['file.save']]);
  });

  it('unsubscribing stops the listener', () => {
    const { ipc, emitter } = fakeIpc();
    const api = buildPreloadApi(ipc);
    const listener = vi.fn();
    const off = api.onWorkbookOpened(listener);
    emitter.emit('workbook:opened', {}, { name: 'a', text: '{}', handle: null });
    off();
    emitter.emit('workbook:opened', {}, { name: 'b', text: '{}', handle: null });
    expect(listener.mock.calls).toEqual([[{ name: 'a', text: '{}', handle: null }]]);
    expect(emitter.listenerCount('workbook:opened')).toBe(0);
  });
});
