// The engine worker's parts that run outside a browser: the warm-up workbook, the packing of
// results into one transferred buffer, the reconciling of structured clones, and the promise
// that the worker's script carries no schema library (it is what keeps the worker quick to start).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../shared/engine';
import { parseWorkbookText } from '../../../shared/io';
import { workbookSchema } from '../../../shared/model';
import { packScenario, unpackScenario } from '../../../renderer/src/engine-host/packed-results';
import { WARM_UP_WORKBOOK } from '../../../renderer/src/engine-host/warm-up-workbook';

const ROOT = path.resolve(import.meta.dirname, '../../..');

describe('the warm-up workbook', () => {
  it('is a complete workbook: the schema reads it back unchanged', () => {
    expect(workbookSchema.parse(structuredClone(WARM_UP_WORKBOOK))).toEqual(WARM_UP_WORKBOOK);
  });

  it('exercises an expression on each line kind it holds and computes without issues', () => {
    const [result] = createEngine().computeWorkbook(WARM_UP_WORKBOOK);
    expect(result.issues).toEqual([]);
    // Service line: max(100, 10 m) is 100 for months 0-10 and 110 in month 11.
    expect(result.lines[1].total).toBeCloseTo(11 * 100 + 110, 9);
  });
});

describe('packed results', () => {
  it('unpack(pack(r)) gives back the engine result for the Series-A sample', () => {
    const text = readFileSync(path.join(ROOT, 'assets/templates/series-a.creditstack'), 'utf8');
    const opened = parseWorkbookText(text);
    if (!opened.ok) throw new Error(opened.error.message);
    for (const result of createEngine().computeWorkbook(opened.workbook)) {
      const packed = packScenario(result);
      // Every number travels in the one transferable buffer.
      expect(packed.buffer).toBeInstanceOf(ArrayBuffer);
      expect(unpackScenario(structuredClone(packed))).toEqual(result);
    }
  });
});

describe("the worker's script", () => {
  it('starts without the schema library: the parser and writer load on first use', async () => {
    const result = await build({
      entryPoints: [path.join(ROOT, 'renderer/src/engine-host/engine-worker.ts')],
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      splitting: true,
      outdir: path.join(ROOT, 'dist/worker-check'),
      platform: 'browser',
      logLevel: 'silent',
    });
    const outputs = Object.values(result.metafile.outputs);
    const entry = outputs.find((o) => o.entryPoint?.endsWith('engine-worker.ts'))!;
    // What the entry chunk imports up front (static imports), not what it may import later.
    const upFront = [
      entry,
      ...entry.imports.filter((i) => i.kind === 'import-statement').map((i) => result.metafile.outputs[i.path]),
    ];
    const inputs = upFront.flatMap((o) => Object.keys(o.inputs));
    expect(inputs.some((p) => p.includes('shared/engine/compute/engine.ts'))).toBe(true);
    expect(inputs.filter((p) => p.includes('node_modules/zod') || p.endsWith('shared/model/schema.ts'))).toEqual([]);
    // The parser is there, behind a dynamic import.
    const later = outputs.flatMap((o) => Object.keys(o.inputs));
    expect(later.some((p) => p.endsWith('shared/io/workbook-load.ts'))).toBe(true);
  });
});
