import { EventEmitter } from 'node:events';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// Electron cannot run here: the factory gets a stand-in BrowserWindow that records what it is asked.
const created = vi.hoisted(
  () => [] as { options: Record<string, unknown>; window: Record<string, unknown> & EventEmitter }[],
);
vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  let ids = 0;
  class BrowserWindow extends Emitter {
    id = ++ids;
    webContents = Object.assign(new Emitter(), { id: ids + 100, send: vi.fn(), isDestroyed: () => false });
    loadURL = vi.fn(async () => undefined);
    setTitle = vi.fn();
    setDocumentEdited = vi.fn();
    setRepresentedFilename = vi.fn();
    isMinimized = () => false;
    isDestroyed = () => false;
    restore = vi.fn();
    show = vi.fn();
    focus = vi.fn();
    close = vi.fn();
    constructor(options: Record<string, unknown>) {
      super();
      created.push({ options, window: this as never });
    }
  }
  return { BrowserWindow };
});

const { createBrowserWindowPort } = await import('../../../electron/main/window-factory');

const events = { close: vi.fn(() => true), closed: vi.fn(), rendererGone: vi.fn() };

beforeEach(() => {
  created.length = 0;
  vi.clearAllMocks();
});

describe('the window factory', () => {
  it('makes every window isolated and sandboxed, with our preload, and loads the app page', () => {
    const port = createBrowserWindowPort(
      { preload: '/app/dist/electron/preload.cjs', devTools: false, platform: 'linux' },
      () => events,
    );
    const { options, window } = created[0];
    expect(options.webPreferences).toEqual({
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
      spellcheck: false,
      preload: '/app/dist/electron/preload.cjs',
      devTools: false,
    });
    expect(options.show).toBe(false);
    expect(window.loadURL).toHaveBeenCalledWith('app://creditstack/index.html');
    expect(port.id).toBe(window.id);
  });

  it('a close the document refuses is prevented; the page cannot retitle the window', () => {
    createBrowserWindowPort({ preload: 'p', devTools: false, platform: 'linux' }, () => ({
      ...events,
      close: () => false,
    }));
    const { window } = created[0];
    const close = { preventDefault: vi.fn() };
    window.emit('close', close);
    expect(close.preventDefault).toHaveBeenCalledOnce();
    const retitle = { preventDefault: vi.fn() };
    window.emit('page-title-updated', retitle, 'evil');
    expect(retitle.preventDefault).toHaveBeenCalledOnce();
  });

  it('reports a crashed page, and a closed window', () => {
    createBrowserWindowPort({ preload: 'p', devTools: false, platform: 'linux' }, () => events);
    const { window } = created[0];
    (window.webContents as unknown as EventEmitter).emit('render-process-gone', {}, { reason: 'crashed' });
    window.emit('closed');
    expect(events.rendererGone).toHaveBeenCalledOnce();
    expect(events.closed).toHaveBeenCalledOnce();
  });

  it('marks edits and the file only on macOS, where those are native', () => {
    const linux = createBrowserWindowPort({ preload: 'p', devTools: false, platform: 'linux' }, () => events);
    linux.setDocumentEdited(true);
    linux.setRepresentedFilename('/a.creditstack');
    expect(created[0].window.setDocumentEdited).not.toHaveBeenCalled();
    const mac = createBrowserWindowPort({ preload: 'p', devTools: false, platform: 'darwin' }, () => events);
    mac.setDocumentEdited(true);
    mac.setRepresentedFilename('/a.creditstack');
    expect(created[1].window.setDocumentEdited).toHaveBeenCalledWith(true);
    expect(created[1].window.setRepresentedFilename).toHaveBeenCalledWith('/a.creditstack');
  });
});
