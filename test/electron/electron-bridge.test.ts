import { describe, expect, it, vi } from 'vitest';
import { createElectronBridge } from '../../renderer/src/bridge/electron-bridge';
import type { PreloadApi } from '../../shared/ipc';

const HANDLE = '0b6f7d2e-3c4a-4f1b-9a8e-5d2c1b0a9f8e';

function fakeApi(overrides: Partial<Record<keyof PreloadApi, unknown>> = {}) {
  const listeners: Record<string, ((payload: never) => void)[]> = {};
  const api = {
    openWorkbook: vi.fn(async () => ({ ok: true, value: null })),
    takePendingWorkbooks: vi.fn(async () => ({ ok: true, value: [] })),
    saveWorkbook: vi.fn(async () => ({ ok: true, value: { handle: HANDLE, name: 'plan.creditstack' } })),
    saveWorkbookAs: vi.fn(async () => ({ ok: true, value: null })),
    exportCsv: vi.fn(async () => ({ ok: true, value: true })),
    writeRecovery: vi.fn(async () => ({ ok: true, value: null })),
    readRecovery: vi.fn(async () => ({ ok: true, value: null })),
    setDocumentState: vi.fn(async () => ({ ok: true, value: null })),
    onMenuCommand: vi.fn((listener: (payload: never) => void) => {
      (listeners['menu:command'] ??= []).push(listener);
      return () => undefined;
    }),
    onWorkbookOpened: vi.fn((listener: (payload: never) => void) => {
      (listeners['workbook:opened'] ??= []).push(listener);
      return () => undefined;
    }),
  };
  return { api: { ...api, ...overrides } as unknown as PreloadApi, raw: api, listeners };
}

describe('the Electron bridge', () => {
  it('maps save answers onto SaveResult', async () => {
    const saved = createElectronBridge(fakeApi().api);
    expect(await saved.saveWorkbook(HANDLE, '{}')).toEqual({ ok: true, handle: HANDLE, name: 'plan.creditstack' });
    expect(await saved.saveWorkbookAs('plan', '{}')).toEqual({ ok: false, canceled: true });

    const conflict = createElectronBridge(
      fakeApi({ saveWorkbook: async () => ({ ok: false, code: 'CHANGED_ON_DISK', message: 'changed' }) }).api,
    );
    expect(await conflict.saveWorkbook(HANDLE, '{}')).toEqual({
      ok: false,
      code: 'CHANGED_ON_DISK',
      message: 'changed',
    });

    // Every other failure is a write failure to the UI, with the main process's message.
    const unknown = createElectronBridge(
      fakeApi({ saveWorkbook: async () => ({ ok: false, code: 'UNKNOWN_HANDLE', message: 'use Save As' }) }).api,
    );
    expect(await unknown.saveWorkbook(HANDLE, '{}')).toEqual({
      ok: false,
      code: 'WRITE_FAILED',
      message: 'use Save As',
    });
  });

  it('sends force only when asked', async () => {
    const { api, raw } = fakeApi();
    const bridge = createElectronBridge(api);
    await bridge.saveWorkbook(HANDLE, '{}');
    await bridge.saveWorkbook(HANDLE, '{}', { force: true });
    expect(raw.saveWorkbook.mock.calls).toEqual([
      [{ handle: HANDLE, text: '{}' }],
      [{ handle: HANDLE, text: '{}', force: true }],
    ]);
  });

  it('turns a failed open into a rejected promise with the one-line message', async () => {
    const bridge = createElectronBridge(
      fakeApi({
        openWorkbook: async () => ({ ok: false, code: 'INVALID_FILE', message: 'plan.creditstack: the file is empty' }),
      }).api,
    );
    await expect(bridge.openWorkbook()).rejects.toThrow('plan.creditstack: the file is empty');
  });

  it('sends only name and text of a recovery copy', async () => {
    const { api, raw } = fakeApi();
    await createElectronBridge(api).writeRecovery({ name: 'a', text: 'b', extra: 1 } as never);
    await createElectronBridge(api).writeRecovery(null);
    expect(raw.writeRecovery.mock.calls).toEqual([[{ name: 'a', text: 'b' }], [null]]);
  });

  it('onOpenFile subscribes first, then collects files opened before it listened', async () => {
    const order: string[] = [];
    const pendingFile = { name: 'early.creditstack', text: '{}', handle: HANDLE };
    const { api, listeners } = fakeApi({
      onWorkbookOpened: (listener: (payload: never) => void) => {
        order.push('subscribe');
        listeners['workbook:opened'] = [listener];
        return () => undefined;
      },
      takePendingWorkbooks: async () => {
        order.push('take');
        return { ok: true, value: [pendingFile] };
      },
    });
    const received: unknown[] = [];
    createElectronBridge(api).onOpenFile((file) => received.push(file));
    await vi.waitFor(() => expect(received).toEqual([pendingFile]));
    expect(order).toEqual(['subscribe', 'take']);
    const later = { name: 'later.creditstack', text: '{}', handle: null };
    listeners['workbook:opened'][0](later as never);
    expect(received).toEqual([pendingFile, later]);
  });

  it('is the electron kind', () => {
    expect(createElectronBridge(fakeApi().api).kind).toBe('electron');
  });
});
