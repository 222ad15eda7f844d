import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkImport, FENCES, importsOf } from './fences';

const ROOT = path.resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  const abs = path.join(ROOT, dir);
  // A fence may name a single entry file.
  if (/\.(ts|tsx)$/.test(dir)) return statSync(abs, { throwIfNoEntry: false })?.isFile() ? [dir] : [];
  let entries: string[];
  try {
    entries = readdirSync(abs);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const rel = `${dir}/${name}`;
    if (statSync(path.join(ROOT, rel)).isDirectory()) return sourceFiles(rel);
    return /\.(ts|tsx|mts|cts)$/.test(name) ? [rel] : [];
  });
}

describe('folder fences', () => {
  it('the checker flags what crosses a fence and allows what does not', () => {
    expect(checkImport('shared/engine/engine.ts', '../model')).toBeNull();
    expect(checkImport('shared/engine/engine.ts', './results')).toBeNull();
    expect(checkImport('shared/model/schema.ts', 'zod')).toBeNull();
    expect(checkImport('shared/model/schema.ts', '../engine')).toMatch(/outside/);
    expect(checkImport('shared/engine/engine.ts', 'node:fs')).toMatch(/may not use/);
    expect(checkImport('shared/io/csv.ts', '../prices')).toMatch(/outside/);
    expect(checkImport('renderer/src/App.tsx', 'electron')).toMatch(/may not use/);
    expect(checkImport('cli/main.ts', 'node:fs')).toBeNull();
    expect(checkImport('shared/expr/compile.ts', 'mathjs')).toBeNull();
    expect(checkImport('shared/prices/book.ts', '../../assets/price-book.json')).toBeNull();
    expect(checkImport('shared/engine/report/diff.ts', '../compute/results')).toBeNull();
    expect(checkImport('shared/engine/compute/engine.ts', '../report/diff')).toMatch(/outside/);
    expect(checkImport('shared/engine/edits/variants.ts', '../compute/engine')).toMatch(/outside/);
  });

  it('code outside the engine goes through its barrel or a listed sub-barrel', () => {
    expect(checkImport('renderer/src/App.tsx', '../../shared/engine')).toBeNull();
    expect(checkImport('renderer/src/engine-host/engine-worker.ts', '../../../shared/engine/compute')).toBeNull();
    expect(checkImport('cli/main.ts', '../shared/engine/report/index')).toBeNull();
    expect(checkImport('cli/main.ts', '../shared/engine/report/diff')).toMatch(/go through/);
    expect(checkImport('renderer/src/App.tsx', '../../shared/engine/speed')).toMatch(/go through/);
    expect(checkImport('test/shared/engine/x.test.ts', '../../../shared/engine/speed')).toBeNull();
    expect(checkImport('test/shared/engine/x.test.ts', '../../../shared/engine/compute/engine')).toMatch(/go through/);
    expect(checkImport('shared/engine/compute/engine.ts', '../speed/cost-table')).toBeNull();
  });

  it('the import scanner finds every form of import', () => {
    const src = `import a from 'x1';\nimport type { B } from "x2";\nimport 'x3';\nexport * from './x4';\nexport { c } from './x5';\nconst d = await import('x6');\nconst e = require('x7');`;
    expect(importsOf(src).sort()).toEqual(['./x4', './x5', 'x1', 'x2', 'x3', 'x6', 'x7']);
  });

  it('every source file keeps to its fences', () => {
    const files = FENCES.flatMap((f) => sourceFiles(f.folder));
    expect(files.length).toBeGreaterThan(10);
    const violations = files.flatMap((file) =>
      importsOf(readFileSync(path.join(ROOT, file), 'utf8'))
        .map((spec) => checkImport(file, spec))
        .filter((v): v is string => v !== null),
    );
    expect(violations).toEqual([]);
  });

  it('tests reach the engine through its barrels too', () => {
    const files = sourceFiles('test');
    expect(files.length).toBeGreaterThan(10);
    const violations = files.flatMap((file) =>
      importsOf(readFileSync(path.join(ROOT, file), 'utf8'))
        .map((spec) => checkImport(file, spec))
        .filter((v): v is string => v !== null),
    );
    expect(violations).toEqual([]);
  });

  it('shared/ touches no Node, DOM or Electron global', () => {
    // Comments may speak of "the main process." freely and a command id may be 'window.new'; only code counts.
    const code = (file: string) =>
      readFileSync(path.join(ROOT, file), 'utf8')
        .replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')
        .replace(/'(?:[^'\\\n]|\\.)*'/g, "''");
    const offenders = sourceFiles('shared').filter((file) =>
      /\b(process\.|require\(|window\.|document\.|__dirname|Buffer\.)/.test(code(file)),
    );
    expect(offenders).toEqual([]);
  });
});
