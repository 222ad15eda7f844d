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
import { reconcile } from '../../../renderer/src/engine-host/reconcile';
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

describe('reconcile', () => {
  it('swaps equal lines and assumptions of a structured clone back to the previous objects', () => {
    const previous = WARM_UP_WORKBOOK;
    const next = structuredClone(previous);
    next.scenarios[0].lines[1] = { ...next.scenarios[0].lines[1], name: 'renamed' };
    const merged = reconcile(next, previous);
    expect(merged.scenarios[0].lines[0]).toBe(previous.scenarios[0].lines[0]);
    expect(merged.scenarios[0].lines[1]).not.toBe(previous.scenarios[0].lines[1]);
    expect(merged.scenarios[0].lines[1].name).toBe('renamed');
    expect(merged.scenarios[0].assumptions).toBe(previous.scenarios[0].assumptions);
    expect(merged.priceOverrides).toBe(previous.priceOverrides);
  });
});

describe("the worker's script", () => {
  it('bundles no schema library and not the schema module', async () => {
    const result = await build({
      entryPoints: [path.join(ROOT, 'renderer/src/engine-host/engine-worker.ts')],
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      platform: 'browser',
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((p) => p.includes('shared/engine/compute/engine.ts'))).toBe(true);
    expect(inputs.filter((p) => p.includes('node_modules/zod') || p.endsWith('shared/model/schema.ts'))).toEqual([]);
  });
});
