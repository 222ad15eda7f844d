import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDocumentFiles } from '../../../electron/main/document-files';
import { MAX_RECENT_FILES, RecentFiles } from '../../../electron/main/recent-files';

let dir: string;
let json: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'cs-recent-'));
  json = path.join(dir, 'recent-files.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('RecentFiles', () => {
  it('keeps the newest first, without duplicates, at most MAX_RECENT_FILES, and persists', async () => {
    const recent = new RecentFiles(json, createDocumentFiles());
    for (let i = 0; i < MAX_RECENT_FILES + 2; i++) await recent.add(`/work/f${i}.creditstack`);
    await recent.add('/work/f5.creditstack');
    expect(recent.list[0]).toBe('/work/f5.creditstack');
    expect(recent.list.length).toBe(MAX_RECENT_FILES);
    expect(recent.list.filter((f) => f === '/work/f5.creditstack').length).toBe(1);

    const again = new RecentFiles(json, createDocumentFiles());
    await again.load();
    expect(again.list).toEqual(recent.list);
    await again.remove('/work/f5.creditstack');
    expect(JSON.parse(readFileSync(json, 'utf8')).files).not.toContain('/work/f5.creditstack');
  });

  it('ignores a damaged or hand-edited list', async () => {
    for (const content of [
      '{',
      '{"version":2,"files":[]}',
      '{"version":1,"files":"x"}',
      '{"version":1,"files":[],"__proto__":{}}',
    ]) {
      writeFileSync(json, content);
      const recent = new RecentFiles(json, createDocumentFiles());
      await recent.load();
      expect(recent.list, content).toEqual([]);
    }
    writeFileSync(json, JSON.stringify({ version: 1, files: ['relative.creditstack', '/abs/ok.creditstack'] }));
    const recent = new RecentFiles(json, createDocumentFiles());
    await recent.load();
    expect(recent.list).toEqual(['/abs/ok.creditstack']);
  });
});
