import { createHash } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  statSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DesktopShell } from '../../../electron/main/desktop-shell';
import type { Dialogs } from '../../../electron/main/dialogs';
import type { CloseChoice, DocumentWindow, WindowEvents, WindowPort } from '../../../electron/main/document-window';
import { createDocumentFiles, nodeFileIo } from '../../../electron/main/document-files';
import { FileHandles } from '../../../electron/main/file-handles';
import { RecentFiles } from '../../../electron/main/recent-files';
import { RecoveryStore } from '../../../electron/main/recovery-copies';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SAMPLE = readFileSync(path.join(ROOT, 'assets/templates/series-a.creditstack'), 'utf8');
const V1 = SAMPLE.replace('"title": "Series A GenAI stack"', '"title": "Version one"');
const V2 = SAMPLE.replace('"title": "Series A GenAI stack"', '"title": "Version two"');

class FakePort implements WindowPort {
  static next = 1;
  readonly id = FakePort.next++;
  readonly webContentsId = this.id + 100;
  readonly sent: [string, unknown][] = [];
  title = '';
  edited = false;
  represented = '';
  focused = 0;
  closed = false;
  events!: WindowEvents;
  send(channel: string, payload: unknown) {
    this.sent.push([channel, payload]);
  }
  setTitle(title: string) {
    this.title = title;
  }
  setDocumentEdited(edited: boolean) {
    this.edited = edited;
  }
  setRepresentedFilename(file: string) {
    this.represented = file;
  }
  focus() {
    this.focused++;
  }
  /** What BrowserWindow.close() does: ask, and close unless the close is prevented. */
  close() {
    if (this.closed || !this.events.close()) return;
    this.closed = true;
    this.events.closed();
  }
}

let dir: string;
let ports: FakePort[];
let dialogs: { [K in keyof Dialogs]: ReturnType<typeof vi.fn> };
let closeAnswers: CloseChoice[];
let quitApp: ReturnType<typeof vi.fn<() => void>>;
let recoveryDir: string;
let recents: RecentFiles[];

function makeShell(files = createDocumentFiles()) {
  const recent = new RecentFiles(path.join(dir, 'recent-files.json'), files);
  recents.push(recent);
  return new DesktopShell({
    files,
    handles: new FileHandles(),
    recovery: new RecoveryStore(recoveryDir, files, nodeFileIo),
    recent,
    dialogs: dialogs as unknown as Dialogs,
    createWindow: (events) => {
      const port = new FakePort();
      port.events = events(port);
      ports.push(port);
      return port;
    },
    recoveryIntervalMs: 0,
    recentChanged: () => undefined,
    quitApp,
  });
}

const caller = (win: DocumentWindow) => ({ webContentsId: win.port.webContentsId });
const port = (win: DocumentWindow) => win.port as FakePort;
const sha = (text: string) => createHash('sha256').update(text).digest('hex');

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'cs-shell-'));
  recoveryDir = path.join(dir, 'user-data', 'recovery');
  ports = [];
  recents = [];
  closeAnswers = [];
  quitApp = vi.fn<() => void>();
  dialogs = {
    chooseWorkbookToOpen: vi.fn(async () => null),
    chooseWorkbookSavePath: vi.fn(async () => null),
    chooseCsvSavePath: vi.fn(async () => null),
    confirmClose: vi.fn(async () => closeAnswers.shift() ?? 'cancel'),
    showError: vi.fn(async () => undefined),
    offerNewWindowAfterCrash: vi.fn(async () => false),
    confirmOverwriteReadOnly: vi.fn(async () => false),
    warnOtherEditor: vi.fn(async () => undefined),
  };
  writeFileSync(path.join(dir, 'a.creditstack'), V1);
  writeFileSync(path.join(dir, 'b.creditstack'), V1);
});
afterEach(async () => {
  // The shell updates the recent-files list in the background; let it finish before the folder goes.
  await new Promise((resolve) => setImmediate(resolve));
  await Promise.all(recents.map((r) => r.settled()));
  rmSync(dir, { recursive: true, force: true });
});

async function openedWindow(shell: DesktopShell, name = 'a.creditstack') {
  const win = shell.newWindow();
  dialogs.chooseWorkbookToOpen.mockResolvedValueOnce(path.join(dir, name));
  const answer = await shell.handlers['workbook:open'](undefined, caller(win));
  if (!answer.ok || answer.value === null) throw new Error('open failed');
  return { win, handle: answer.value.handle as string, answer };
}

describe('opening', () => {
  it('File > Open returns the file to the window that asked, with an opaque handle', async () => {
    const shell = makeShell();
    const { win, answer, handle } = await openedWindow(shell);
    expect(answer).toEqual({ ok: true, value: { name: 'a.creditstack', text: V1, handle } });
    expect(handle).toMatch(/^[0-9a-f-]{36}$/);
    expect(win.handle).toBe(handle);
    expect(port(win).title).toBe('a.creditstack — CreditStack');
    expect(port(win).represented).toBe(path.join(dir, 'a.creditstack'));
  });

  it('a file already open in another window is focused there, not opened twice', async () => {
    const shell = makeShell();
    const { win } = await openedWindow(shell);
    const other = shell.newWindow();
    dialogs.chooseWorkbookToOpen.mockResolvedValueOnce(path.join(dir, 'a.creditstack'));
    expect(await shell.handlers['workbook:open'](undefined, caller(other))).toEqual({ ok: true, value: null });
    expect(port(win).focused).toBe(1);
    expect(other.handle).toBeNull();
  });

  it('files from the OS go to an empty window, else to a new one, and wait until its page listens', async () => {
    const shell = makeShell();
    const first = shell.newWindow();
    await shell.openPaths([path.join(dir, 'a.creditstack')]);
    expect(shell.windows).toHaveLength(1);
    // first now has a file: the next one gets its own window.
    await shell.openPaths([path.join(dir, 'b.creditstack')]);
    expect(shell.windows).toHaveLength(2);
    const second = shell.windows[1];
    expect(port(first).sent).toEqual([]);
    const pending = await shell.handlers['workbook:takePending'](undefined, caller(second));
    expect(pending).toEqual({ ok: true, value: [{ name: 'b.creditstack', text: V1, handle: second.handle }] });
    // Once listening, the page gets later files as events; a dirty window is never reused.
    second.setState('b.creditstack', true);
    first.setState('a.creditstack', true);
    writeFileSync(path.join(dir, 'c.creditstack'), V2);
    await shell.openPaths([path.join(dir, 'c.creditstack')]);
    expect(shell.windows).toHaveLength(3);
  });

  it('a bad file from the OS shows its one-line message and opens nothing', async () => {
    const shell = makeShell();
    writeFileSync(path.join(dir, 'bad.creditstack'), '{');
    await shell.openPaths([path.join(dir, 'bad.creditstack')]);
    expect(dialogs.showError).toHaveBeenCalledWith(
      expect.anything(),
      'bad.creditstack: not valid JSON: unexpected end of file where a field name in double quotes should be at line 1 column 2',
    );
    expect(shell.windows.map((w) => w.handle)).toEqual([null]);
  });
});

describe('saving', () => {
  it('Save writes over the open file, keeps a .bak, marks the window clean and drops its recovery copy', async () => {
    const shell = makeShell();
    const { win, handle } = await openedWindow(shell);
    win.setState('a.creditstack', true);
    expect(port(win).title).toBe('• a.creditstack — CreditStack');
    await shell.handlers['recovery:write']({ name: 'a.creditstack', text: V2 }, caller(win));
    await win.recovery.flush();
    expect(readdirSync(recoveryDir)).toHaveLength(1);

    const saved = await shell.handlers['workbook:save']({ handle, text: V2 }, caller(win));
    expect(saved).toEqual({ ok: true, value: { handle, name: 'a.creditstack' } });
    expect(readFileSync(path.join(dir, 'a.creditstack'), 'utf8')).toBe(V2);
    expect(readFileSync(path.join(dir, 'a.creditstack.bak'), 'utf8')).toBe(V1);
    expect(port(win).title).toBe('a.creditstack — CreditStack');
    await win.recovery.settled();
    expect(readdirSync(recoveryDir)).toEqual([]);
  });

  it('a window cannot save to a handle it does not hold', async () => {
    const shell = makeShell();
    const { handle } = await openedWindow(shell);
    const intruder = shell.newWindow();
    expect(await shell.handlers['workbook:save']({ handle, text: V2 }, caller(intruder))).toEqual({
      ok: false,
      code: 'UNKNOWN_HANDLE',
      message: 'This window does not have that file open; use Save As.',
    });
    expect(readFileSync(path.join(dir, 'a.creditstack'), 'utf8')).toBe(V1);
  });

  it('two quick Saves are not "changed by another program": saves of one file run one after another, and those asked for meanwhile fold into the newest', async () => {
    const V3 = V1.replace('Version one', 'Version three');
    const writes: string[] = [];
    const files = createDocumentFiles();
    const original = files.saveWorkbook;
    files.saveWorkbook = (f, text, o) => {
      writes.push(text.includes('Version three') ? 'V3' : text.includes('Version two') ? 'V2' : 'V1');
      return original(f, text, o);
    };
    const shell = makeShell(files);
    const { win, handle } = await openedWindow(shell);
    // Three Saves in a row, before the first has finished.
    const answers = await Promise.all(
      [V2, V1, V3].map((text) => shell.handlers['workbook:save']({ handle, text }, caller(win))),
    );
    for (const answer of answers) expect(answer).toEqual({ ok: true, value: { handle, name: 'a.creditstack' } });
    // The first is written; the second was overtaken by the third while waiting.
    expect(writes).toEqual(['V2', 'V3']);
    expect(readFileSync(path.join(dir, 'a.creditstack'), 'utf8')).toBe(V3);
    expect(readFileSync(path.join(dir, 'a.creditstack.bak'), 'utf8')).toBe(V2);
  });

  it('a read-only file: Save asks, and writes only when the user chooses Overwrite', async () => {
    const shell = makeShell();
    const { win, handle } = await openedWindow(shell);
    chmodSync(path.join(dir, 'a.creditstack'), 0o444);
    dialogs.confirmOverwriteReadOnly.mockResolvedValueOnce(false);
    expect(await shell.handlers['workbook:save']({ handle, text: V2 }, caller(win))).toMatchObject({
      ok: false,
      code: 'READ_ONLY',
    });
    expect(dialogs.confirmOverwriteReadOnly).toHaveBeenLastCalledWith(win.port, 'a.creditstack');
    expect(readFileSync(path.join(dir, 'a.creditstack'), 'utf8')).toBe(V1);
    dialogs.confirmOverwriteReadOnly.mockResolvedValueOnce(true);
    expect(await shell.handlers['workbook:save']({ handle, text: V2 }, caller(win))).toMatchObject({ ok: true });
    expect(readFileSync(path.join(dir, 'a.creditstack'), 'utf8')).toBe(V2);
    expect(statSync(path.join(dir, 'a.creditstack')).mode & 0o777).toBe(0o444);
  });

  it('an open workbook has a lock file beside it, gone when its window closes; one open elsewhere is warned about', async () => {
    const shell = makeShell();
    const { win } = await openedWindow(shell);
    await shell.locksSettled();
    const lock = path.join(dir, '.a.creditstack.cs-lock');
    expect(JSON.parse(readFileSync(lock, 'utf8'))).toMatchObject({ app: 'creditstack', pid: process.pid });
    port(win).close();
    await shell.locksSettled();
    expect(existsSync(lock)).toBe(false);
    // Another machine's CreditStack has b.creditstack open.
    writeFileSync(
      path.join(dir, '.b.creditstack.cs-lock'),
      JSON.stringify({
        app: 'creditstack',
        user: 'alice',
        host: 'laptop-of-alice',
        pid: 4242,
        since: '2026-12-06T09:30:00.000Z',
        token: 't',
      }),
    );
    const { win: second } = await openedWindow(shell, 'b.creditstack');
    await shell.locksSettled();
    expect(dialogs.warnOtherEditor).toHaveBeenCalledWith(
      second.port,
      expect.stringMatching(/^b\.creditstack is also open in CreditStack by alice on laptop-of-alice \(since /),
    );
  });

  it('a change by another program is reported, and force overwrites it', async () => {
    const shell = makeShell();
    const { win, handle } = await openedWindow(shell);
    writeFileSync(path.join(dir, 'a.creditstack'), V1.replace('Version one', 'Version 1!!'));
    expect(await shell.handlers['workbook:save']({ handle, text: V2 }, caller(win))).toMatchObject({
      ok: false,
      code: 'CHANGED_ON_DISK',
    });
    expect(await shell.handlers['workbook:save']({ handle, text: V2, force: true }, caller(win))).toMatchObject({
      ok: true,
    });
    expect(readFileSync(path.join(dir, 'a.creditstack'), 'utf8')).toBe(V2);
    // The hash moved on with the save: the next plain save is not a conflict.
    expect(await shell.handlers['workbook:save']({ handle, text: V1 }, caller(win))).toMatchObject({ ok: true });
  });

  it('Save As binds the window to the new file and retires the old handle', async () => {
    const shell = makeShell();
    const { win, handle: old } = await openedWindow(shell);
    dialogs.chooseWorkbookSavePath.mockResolvedValueOnce(path.join(dir, 'copy.creditstack'));
    const answer = await shell.handlers['workbook:saveAs']({ suggestedName: 'a.creditstack', text: V2 }, caller(win));
    expect(dialogs.chooseWorkbookSavePath).toHaveBeenCalledWith(win.port, 'a.creditstack', dir);
    expect(answer).toEqual({ ok: true, value: { handle: win.handle, name: 'copy.creditstack' } });
    expect(win.handle).not.toBe(old);
    expect(readFileSync(path.join(dir, 'copy.creditstack'), 'utf8')).toBe(V2);
    expect(await shell.handlers['workbook:save']({ handle: old, text: V2 }, caller(win))).toMatchObject({
      ok: false,
      code: 'UNKNOWN_HANDLE',
    });
    expect(sha(readFileSync(path.join(dir, 'a.creditstack'), 'utf8'))).toBe(sha(V1));
  });

  it('Save As canceled answers null; onto a file open elsewhere it refuses', async () => {
    const shell = makeShell();
    const { win } = await openedWindow(shell, 'a.creditstack');
    const { win: other } = await openedWindow(shell, 'b.creditstack');
    expect(await shell.handlers['workbook:saveAs']({ suggestedName: 'x', text: V2 }, caller(win))).toEqual({
      ok: true,
      value: null,
    });
    dialogs.chooseWorkbookSavePath.mockResolvedValueOnce(path.join(dir, 'b.creditstack'));
    expect(await shell.handlers['workbook:saveAs']({ suggestedName: 'x', text: V2 }, caller(win))).toEqual({
      ok: false,
      code: 'WRITE_FAILED',
      message: 'b.creditstack is open in another window; close it there first.',
    });
    expect(other.handle).not.toBeNull();
    expect(readFileSync(path.join(dir, 'b.creditstack'), 'utf8')).toBe(V1);
  });

  it('CSV export writes where the user chose, and answers false when canceled', async () => {
    const shell = makeShell();
    const win = shell.newWindow();
    expect(await shell.handlers['csv:export']({ suggestedName: 'plan.csv', text: 'a\r\n' }, caller(win))).toEqual({
      ok: true,
      value: false,
    });
    dialogs.chooseCsvSavePath.mockResolvedValueOnce(path.join(dir, 'plan.csv'));
    expect(await shell.handlers['csv:export']({ suggestedName: 'plan.csv', text: 'a\r\n' }, caller(win))).toEqual({
      ok: true,
      value: true,
    });
    expect(readFileSync(path.join(dir, 'plan.csv'), 'utf8')).toBe('a\r\n');
  });
});

describe('closing with unsaved changes', () => {
  it('a clean window closes without asking', async () => {
    const shell = makeShell();
    const win = shell.newWindow();
    port(win).close();
    expect(port(win).closed).toBe(true);
    expect(dialogs.confirmClose).not.toHaveBeenCalled();
    expect(shell.windows).toEqual([]);
  });

  it('Cancel keeps the window and stops a quit', async () => {
    const shell = makeShell();
    const { win } = await openedWindow(shell);
    win.setState('a.creditstack', true);
    shell.beginQuit();
    closeAnswers.push('cancel');
    port(win).close();
    await vi.waitFor(() => expect(dialogs.confirmClose).toHaveBeenCalledOnce());
    expect(port(win).closed).toBe(false);
    // A later close that the user confirms does not resume the abandoned quit.
    closeAnswers.push('discard');
    port(win).close();
    await vi.waitFor(() => expect(port(win).closed).toBe(true));
    expect(quitApp).not.toHaveBeenCalled();
  });

  it("Don't Save closes, drops the recovery copy, and carries on a quit", async () => {
    const shell = makeShell();
    const win = shell.newWindow();
    win.setState('Untitled', true);
    await shell.handlers['recovery:write']({ name: 'Untitled', text: V2 }, caller(win));
    await win.recovery.flush();
    shell.beginQuit();
    closeAnswers.push('discard');
    port(win).close();
    await vi.waitFor(() => expect(port(win).closed).toBe(true));
    await win.recovery.settled();
    expect(readdirSync(recoveryDir)).toEqual([]);
    expect(quitApp).toHaveBeenCalledOnce();
  });

  it('Save asks the page to save, and the window closes once the save succeeded', async () => {
    const shell = makeShell();
    const { win, handle } = await openedWindow(shell);
    win.setState('a.creditstack', true);
    closeAnswers.push('save');
    port(win).close();
    await vi.waitFor(() => expect(port(win).sent).toContainEqual(['menu:command', 'file.save']));
    expect(port(win).closed).toBe(false);
    // The page saves as it would for File > Save.
    await shell.handlers['workbook:save']({ handle, text: V2 }, caller(win));
    expect(port(win).closed).toBe(true);
    expect(readFileSync(path.join(dir, 'a.creditstack'), 'utf8')).toBe(V2);
  });

  it('Save that fails keeps the window open', async () => {
    const shell = makeShell();
    const win = shell.newWindow();
    win.setState('Untitled', true);
    closeAnswers.push('save');
    port(win).close();
    await vi.waitFor(() => expect(port(win).sent).toContainEqual(['menu:command', 'file.save']));
    // An untitled document saves through Save As, whose dialog the user cancels.
    await shell.handlers['workbook:saveAs']({ suggestedName: 'Untitled', text: V2 }, caller(win));
    expect(port(win).closed).toBe(false);
  });
});

describe('recovery copies', () => {
  /** A run that wrote a copy of "Version two" and died without clearing it. */
  async function copyLeftByEarlierRun() {
    const earlier = makeShell();
    const crashed = earlier.newWindow();
    await earlier.handlers['recovery:write']({ name: 'lost.creditstack', text: V2 }, caller(crashed));
    const shell = makeShell();
    await shell.start();
    return shell;
  }
  const copiesOnDisk = () =>
    readdirSync(recoveryDir).map((f) => JSON.parse(readFileSync(path.join(recoveryDir, f), 'utf8')).text as string);

  it('a copy left by an earlier run is offered to one window at a time, beside a file too; Discard removes it', async () => {
    const shell = await copyLeftByEarlierRun();
    const { win: withFile } = await openedWindow(shell);
    // The page shows it in a banner beside the file; restoring replaces nothing without asking.
    expect(await shell.handlers['recovery:read'](undefined, caller(withFile))).toMatchObject({
      ok: true,
      value: { name: 'lost.creditstack', text: V2 },
    });
    expect(await shell.handlers['recovery:read'](undefined, caller(shell.newWindow()))).toEqual({
      ok: true,
      value: null,
    });
    expect(await shell.handlers['recovery:answer']('discarded', caller(withFile))).toEqual({ ok: true, value: null });
    expect(readdirSync(recoveryDir)).toEqual([]);
  });

  it("while the offer is unanswered, new work is copied under the window's own file and the offered copy is untouched", async () => {
    const shell = await copyLeftByEarlierRun();
    const win = shell.newWindow();
    expect(await shell.handlers['recovery:read'](undefined, caller(win))).toMatchObject({
      ok: true,
      value: { text: V2 },
    });
    // The user edits what is open without answering the banner.
    win.setState('a.creditstack', true);
    expect(await shell.handlers['recovery:write']({ name: 'a.creditstack', text: V1 }, caller(win))).toEqual({
      ok: true,
      value: null,
    });
    expect(copiesOnDisk().sort()).toEqual([V1, V2].sort());
    // The app dies here: the next run offers both, newest first, one per window.
    const next = makeShell();
    await next.start();
    const offered = await Promise.all(
      [next.newWindow(), next.newWindow()].map((w) => next.handlers['recovery:read'](undefined, caller(w))),
    );
    expect(offered.map((o) => (o.ok && o.value !== null ? o.value.text : null)).sort()).toEqual([V1, V2].sort());
  });

  it('until the page answers, the offered copy is never removed: a window closed unanswered passes it on; Restore keeps only the restored work', async () => {
    const shell = await copyLeftByEarlierRun();
    const first = shell.newWindow();
    expect(await shell.handlers['recovery:read'](undefined, caller(first))).toMatchObject({
      ok: true,
      value: { name: 'lost.creditstack' },
    });
    // A clean close (the user ignored the banner): the window's own copy goes, the offered one stays.
    port(first).close();
    expect(port(first).closed).toBe(true);
    await first.recovery.settled();
    expect(copiesOnDisk()).toEqual([V2]);
    // Offered again to the next window, which restores it: the restored work is written as the
    // window's own copy, then the answer removes the offered one.
    const second = shell.newWindow();
    expect(await shell.handlers['recovery:read'](undefined, caller(second))).toMatchObject({
      ok: true,
      value: { text: V2 },
    });
    second.setState('lost.creditstack', true);
    await shell.handlers['recovery:write']({ name: 'lost.creditstack', text: V1 }, caller(second));
    await shell.handlers['recovery:answer']('restored', caller(second));
    // The one file left holds the restored work ("Version one"), not the old copy.
    expect(copiesOnDisk()).toEqual([V1]);
  });

  it('a copy that cannot be written is reported to the page, not only logged', async () => {
    const shell = makeShell();
    const win = shell.newWindow();
    win.setState('Untitled', true);
    expect(await shell.handlers['recovery:write']({ name: 'Untitled', text: V1 }, caller(win))).toEqual({
      ok: true,
      value: null,
    });
    // The copy's file name is taken by a folder (a real EISDIR from the rename).
    const own = readdirSync(recoveryDir)[0]!;
    rmSync(path.join(recoveryDir, own));
    mkdirSync(path.join(recoveryDir, own));
    writeFileSync(path.join(recoveryDir, own, 'x'), 'x');
    const answer = await shell.handlers['recovery:write']({ name: 'Untitled', text: V2 }, caller(win));
    expect(answer).toEqual({ ok: false, code: 'WRITE_FAILED', message: 'it is a folder, not a file' });
  });

  it('a window whose page crashed keeps its copy and offers it to the next window', async () => {
    const shell = makeShell();
    await shell.start();
    const win = shell.newWindow();
    win.setState('Untitled', true);
    await shell.handlers['recovery:write']({ name: 'Untitled', text: V2 }, caller(win));
    dialogs.offerNewWindowAfterCrash.mockResolvedValueOnce(true);
    port(win).events.rendererGone();
    await vi.waitFor(() => expect(shell.windows).toHaveLength(1));
    await vi.waitFor(() => expect(port(win).closed).toBe(true));
    expect(dialogs.confirmClose).not.toHaveBeenCalled();
    const next = shell.windows[0];
    expect(next).not.toBe(win);
    expect(await shell.handlers['recovery:read'](undefined, caller(next))).toMatchObject({
      ok: true,
      value: { name: 'Untitled', text: V2 },
    });
  });
});

describe('menu commands', () => {
  it('go to the window they were chosen in; New Window and Open without a window are handled here', async () => {
    const shell = makeShell();
    const win = shell.newWindow();
    shell.runCommand('file.save', win.port.id);
    expect(port(win).sent).toEqual([['menu:command', 'file.save']]);
    shell.runCommand('window.new', win.port.id);
    expect(shell.windows).toHaveLength(2);
    expect(port(win).sent).toHaveLength(1);

    // No window focused: File > Open asks with no parent, and the file gets a window of its own.
    for (const w of shell.windows) port(w).close();
    dialogs.chooseWorkbookToOpen.mockResolvedValueOnce(path.join(dir, 'a.creditstack'));
    shell.runCommand('file.open', null);
    await vi.waitFor(() => expect(shell.windows).toHaveLength(1));
    expect(dialogs.chooseWorkbookToOpen).toHaveBeenCalledWith(null);
    expect(existsSync(path.join(dir, 'a.creditstack'))).toBe(true);
    expect(shell.windows[0].handle).not.toBeNull();
  });
});
