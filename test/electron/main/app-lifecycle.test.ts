import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// A stand-in for the whole electron module: the lifecycle is wiring, and this checks the wiring.
// The fake Electron module's state is whatever each test puts there.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const fake = vi.hoisted(() => ({ state: {} as Record<string, any> }));
vi.mock('electron', async () => {
  const { EventEmitter } = await import('node:events');
  const s = fake.state;
  const app = Object.assign(new EventEmitter(), {
    enableSandbox: vi.fn(),
    requestSingleInstanceLock: vi.fn((data: unknown) => {
      s.lockData = data;
      return s.lockGranted;
    }),
    quit: vi.fn(),
    whenReady: () => s.ready,
    setPath: vi.fn(),
    getPath: () => s.userData,
    isPackaged: false,
    addRecentDocument: vi.fn(),
    clearRecentDocuments: vi.fn(),
  });
  let ids = 0;
  class BrowserWindow extends EventEmitter {
    static all: BrowserWindow[] = [];
    static fromId = (id: number) => BrowserWindow.all.find((w) => w.id === id) ?? null;
    id = ++ids;
    webContents = Object.assign(new EventEmitter(), { id: ids + 100, send: vi.fn(), isDestroyed: () => false });
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
    constructor() {
      super();
      BrowserWindow.all.push(this);
    }
  }
  s.BrowserWindow = BrowserWindow;
  s.app = app;
  s.handled = new Map<string, unknown>();
  const session = Object.assign(new EventEmitter(), {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn() },
  });
  s.session = session;
  return {
    app,
    BrowserWindow,
    session: { defaultSession: session },
    protocol: {
      registerSchemesAsPrivileged: vi.fn((schemes: unknown) => (s.schemes = schemes)),
      handle: vi.fn((scheme: string) => (s.protocolScheme = scheme)),
    },
    ipcMain: { handle: vi.fn((channel: string, handler: unknown) => s.handled.set(channel, handler)) },
    Menu: { buildFromTemplate: vi.fn((t: unknown) => t), setApplicationMenu: vi.fn((m: unknown) => (s.menu = m)) },
    dialog: { showMessageBox: vi.fn(async () => ({ response: 0 })), showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
  };
});

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SAMPLE = readFileSync(path.join(ROOT, 'assets/templates/series-a.creditstack'), 'utf8');
let dir: string;
let argv: string[];
let markReady: () => void;

beforeEach(() => {
  // One stand-in module serves every test: start each from a clean slate.
  vi.resetModules();
  vi.clearAllMocks();
  // (The stand-in is built on the first import of electron, so the first test finds nothing to reset.)
  fake.state.app?.removeAllListeners();
  fake.state.handled?.clear();
  if (fake.state.BrowserWindow) fake.state.BrowserWindow.all.length = 0;
  dir = mkdtempSync(path.join(os.tmpdir(), 'cs-life-'));
  writeFileSync(path.join(dir, 'a.creditstack'), SAMPLE);
  writeFileSync(path.join(dir, 'b.creditstack'), SAMPLE);
  argv = process.argv;
  Object.assign(fake.state, {
    lockGranted: true,
    userData: path.join(dir, 'user-data'),
    lockData: undefined,
    menu: undefined,
  });
  fake.state.ready = new Promise<void>((resolve) => (markReady = resolve));
});
afterEach(() => {
  process.argv = argv;
  rmSync(dir, { recursive: true, force: true });
});

/** Opening a file updates the recent-files list in the background; wait for it before the folder goes. */
const recentListWritten = () =>
  vi.waitFor(() => expect(existsSync(path.join(dir, 'user-data', 'recent-files.json'))).toBe(true));

async function start(args: string[]) {
  process.argv = ['/opt/CreditStack/creditstack', ...args];
  const { startApp } = await import('../../../electron/main/app-lifecycle');
  startApp({ electronDir: '/app/dist/electron', rendererDir: '/app/dist/renderer' });
  return fake.state;
}

const windows = () => fake.state.BrowserWindow.all as { webContents: { id: number } }[];

describe('app lifecycle', () => {
  it('a second launch hands its files to the first and quits, doing nothing else', async () => {
    fake.state.lockGranted = false;
    const s = await start(['--inspect=9229', 'a.creditstack']);
    expect(s.lockData).toEqual({ files: [path.resolve(process.cwd(), 'a.creditstack')] });
    expect(s.app.quit).toHaveBeenCalledOnce();
    expect(s.app.listenerCount('second-instance')).toBe(0);
    markReady();
    await new Promise((resolve) => setImmediate(resolve));
    expect(s.handled.size).toBe(0);
  });

  it('sandboxes everything and registers app:// as a secure standard scheme before ready', async () => {
    const s = await start([]);
    expect(s.app.enableSandbox).toHaveBeenCalledOnce();
    expect(s.schemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    ]);
    expect(s.handled.size).toBe(0);
  });

  it('every web contents, as it is created, gets guards that act: no navigation away, no new window, no webview', async () => {
    const { EventEmitter } = await import('node:events');
    const s = await start([]);
    // What Electron hands the listener: a new web contents (an event emitter with a window-open handler).
    const contents = Object.assign(new EventEmitter(), {
      openHandler: null as null | ((d: { url: string }) => unknown),
    });
    const guarded = Object.assign(contents, {
      setWindowOpenHandler: (h: (d: { url: string }) => unknown) => (contents.openHandler = h),
    });
    s.app.emit('web-contents-created', {}, guarded);
    const refused = (event: string, url: string) => {
      const preventDefault = vi.fn();
      guarded.emit(event, { url, preventDefault });
      return preventDefault.mock.calls.length === 1;
    };
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      expect(refused(event, 'https://evil.example/'), event).toBe(true);
      expect(refused(event, 'file:///etc/passwd'), event).toBe(true);
      // The app's own page may reload.
      expect(refused(event, 'app://creditstack/index.html'), event).toBe(false);
    }
    expect(contents.openHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    const webview = vi.fn();
    guarded.emit('will-attach-webview', { preventDefault: webview }, {}, { src: 'https://evil.example/' });
    expect(webview).toHaveBeenCalledOnce();
  });

  it('when ready: guards the session, serves app://, answers every channel, installs the menu, opens a window', async () => {
    const s = await start([]);
    markReady();
    await vi.waitFor(() => expect(windows()).toHaveLength(1));
    expect(s.session.setPermissionRequestHandler).toHaveBeenCalledOnce();
    expect(s.session.webRequest.onBeforeRequest).toHaveBeenCalledOnce();
    expect(s.protocolScheme).toBe('app');
    expect([...s.handled.keys()].sort()).toEqual(
      [
        'csv:export',
        'document:setState',
        'recovery:answer',
        'recovery:read',
        'recovery:write',
        'workbook:open',
        'workbook:save',
        'workbook:saveAs',
        'workbook:takePending',
      ].sort(),
    );
    expect((s.menu as { label?: string }[]).map((m) => m.label).filter(Boolean)).toEqual(['&File', '&Edit', '&View']);
  });

  it('opens the file given on the command line, and files macOS sends before ready', async () => {
    const s = await start([path.join(dir, 'a.creditstack')]);
    s.app.emit('open-file', { preventDefault: vi.fn() }, path.join(dir, 'b.creditstack'));
    markReady();
    await vi.waitFor(() => expect(windows()).toHaveLength(2));
    // Each window's page gets its file when it starts listening.
    const take = s.handled.get('workbook:takePending') as (
      event: unknown,
    ) => Promise<{ ok: boolean; value: { name: string }[] }>;
    const names = [];
    for (const w of windows()) {
      const answer = await take({
        senderFrame: { url: 'app://creditstack/index.html', parent: null },
        sender: { id: w.webContents.id },
      });
      names.push(...answer.value.map((f) => f.name));
    }
    expect(names).toEqual(['a.creditstack', 'b.creditstack']);
    await recentListWritten();
  });

  it('a second launch with a file opens it here; without one it focuses a window', async () => {
    const s = await start([]);
    markReady();
    await vi.waitFor(() => expect(windows()).toHaveLength(1));
    s.app.emit('second-instance', {}, ['x', '--flag'], dir, { files: [path.join(dir, 'a.creditstack')] });
    // The empty window takes it.
    await vi.waitFor(() => expect(s.app.addRecentDocument).toHaveBeenCalledWith(path.join(dir, 'a.creditstack')));
    expect(windows()).toHaveLength(1);
    s.app.emit('second-instance', {}, ['x'], dir, { files: [] });
    expect((windows()[0] as unknown as { focus: ReturnType<typeof vi.fn> }).focus).toHaveBeenCalled();
    await recentListWritten();
  });
});
