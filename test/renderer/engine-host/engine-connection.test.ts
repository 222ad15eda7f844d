// The connection to the engine worker, with the worker run in-process (messages structured-cloned
// as postMessage does): opening parses in the worker, edits travel as patches and only the edited
// scenario comes back, saves are written there, and the watchdog replaces a worker that crashed
// or stopped answering, says so, and brings the new one up to date.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEngine, updateLine, type ScenarioResult } from '../../../shared/engine';
import { serializeWorkbook } from '../../../shared/io';
import { bundledPriceBook, withPriceSnapshot } from '../../../shared/prices';
import { createDocumentOwner } from '../../../renderer/src/engine-host/document-owner';
import {
  createEngineConnection,
  HANG_MS,
  type ResultsSink,
  type WorkerLike,
} from '../../../renderer/src/engine-host/engine-host';
import type { FromWorker, ToWorker } from '../../../renderer/src/engine-host/protocol';
import {
  setPriceOverride,
  workbookPrices,
  type WorkbookPrice,
} from '../../../renderer/src/features/prices/workbook-prices';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SAMPLE = readFileSync(path.join(ROOT, 'assets/templates/series-a.creditstack'), 'utf8');

/** A worker that runs the document owner in this thread; `hang` makes it swallow requests. */
function fakeWorker(log: ToWorker[], options: { hang?: boolean } = {}) {
  let queue = Promise.resolve();
  const worker: WorkerLike & { terminated: boolean } = {
    onmessage: null,
    onerror: null,
    terminated: false,
    postMessage(message: ToWorker) {
      log.push(structuredClone(message));
      if (options.hang) return;
      const copy = structuredClone(message);
      queue = queue.then(() => owner.handle(copy));
    },
    terminate() {
      worker.terminated = true;
    },
  };
  const owner = createDocumentOwner(createEngine(), (message: FromWorker) => {
    if (!worker.terminated) worker.onmessage?.({ data: structuredClone(message) } as MessageEvent<FromWorker>);
  });
  return worker;
}

function recordingSink() {
  const got: {
    results: { ids: string[]; order: string[] }[];
    failed: string[];
    restarted: string[];
    latest: Map<string, ScenarioResult>;
  } = {
    results: [],
    failed: [],
    restarted: [],
    latest: new Map(),
  };
  const sink: ResultsSink = {
    results(scenarios, order) {
      got.results.push({ ids: scenarios.map((s) => s.id), order });
      for (const s of scenarios) got.latest.set(s.id, s);
    },
    failed: (m) => void got.failed.push(m),
    restarted: (why) => void got.restarted.push(why),
  };
  return { got, sink };
}

const settle = () => new Promise((done) => setTimeout(done, 20));

afterEach(() => vi.useRealTimers());

describe('the engine connection', () => {
  it('opens in the worker, adopts the document, and after a cell edit computes that scenario only', async () => {
    const log: ToWorker[] = [];
    const { got, sink } = recordingSink();
    const connection = createEngineConnection(() => fakeWorker(log), sink);
    const opened = await connection.open(SAMPLE);
    if (!opened.ok) throw new Error(opened.error.message);
    // The lines came back in parts and were put together: 20 and 21 lines in the two scenarios.
    expect(opened.workbook.scenarios.map((s) => s.lines.length)).toEqual([20, 21]);
    connection.sync(opened.workbook);
    await settle();
    expect(log.at(-1)?.type).toBe('adopt');
    // One message per scenario, each with the order of all of them.
    expect(got.results).toEqual([
      { ids: ['stack'], order: ['stack', 'stack-accelerator'] },
      { ids: ['stack-accelerator'], order: ['stack', 'stack-accelerator'] },
    ]);
    const before = got.latest.get('stack')!.kpis.totalCost;

    // Aurora costs 8000 / budget_months = 8000 / 18 = $444.44 a month in the sample; at $900 the
    // total rises by 900 - 444.44 = $455.56 for each month it runs.
    const aurora = opened.workbook.scenarios[0].lines.find((l) => l.id === 'aurora')!;
    const edited = updateLine(opened.workbook, 'stack', 'aurora', { monthlyCost: 900 });
    connection.sync(edited);
    await settle();
    expect(log.at(-1)?.type).toBe('patch');
    expect(got.results.at(-1)).toEqual({ ids: ['stack'], order: ['stack', 'stack-accelerator'] });
    const months = got.latest
      .get('stack')!
      .lines.find((l) => l.id === 'aurora')!
      .monthly.filter((c) => c > 0).length;
    expect(aurora.kind === 'service' && aurora.monthlyCost).toBe('8000 / budget_months');
    expect(months).toBe(18);
    expect(got.latest.get('stack')!.kpis.totalCost).toBeCloseTo(before + (900 - 8000 / 18) * 18, 6);

    // A save's text is written in the worker: the edited workbook with its price snapshot.
    expect(await connection.text('save')).toBe(serializeWorkbook(withPriceSnapshot(edited, bundledPriceBook())));
    expect(await connection.text('recovery')).toBe(serializeWorkbook(edited));
    connection.stop();
  });

  it("sends the Prices panel's rows after the results, to a sink that takes them, and again only when they change", async () => {
    const log: ToWorker[] = [];
    const { sink } = recordingSink();
    const order: string[] = [];
    const prices: WorkbookPrice[][] = [];
    const connection = createEngineConnection(() => fakeWorker(log), {
      ...sink,
      results: (scenarios, ids, ms) => {
        order.push('results');
        sink.results(scenarios, ids, ms);
      },
      prices: (rows) => {
        order.push('prices');
        prices.push(rows);
      },
    });
    const opened = await connection.open(SAMPLE);
    if (!opened.ok) throw new Error(opened.error.message);
    connection.sync(opened.workbook);
    await settle();
    // Both scenarios' results, then the prices.
    expect(order).toEqual(['results', 'results', 'prices']);
    // The same rows as the page would work out itself.
    expect(prices[0]).toEqual(workbookPrices(opened.workbook));
    // A quantity edit recomputes, but the prices are the same: none are sent.
    const volume = updateLine(opened.workbook, 'stack', 'aurora', { monthlyCost: 900 });
    connection.sync(volume);
    await settle();
    expect(order).toEqual(['results', 'results', 'prices', 'results']);
    // An override changes a price: the rows come again, with it.
    const row = prices[0].find((r) => r.status === 'listed')!;
    const overridden = setPriceOverride(volume, row.key, row.field, 123);
    connection.sync(overridden);
    await settle();
    // An override is an input of every scenario: both are computed again.
    expect(order).toEqual(['results', 'results', 'prices', 'results', 'results', 'results', 'prices']);
    expect(prices[1].find((r) => r.id === row.id)).toMatchObject({ value: 123, status: 'override' });
    // A connection whose sink takes no prices (a compared file) never asks for them.
    expect(log.filter((m) => m.type !== 'open' && m.type !== 'text').every((m) => 'prices' in m)).toBe(true);
    const plain: ToWorker[] = [];
    const other = createEngineConnection(() => fakeWorker(plain), recordingSink().sink);
    const again = await other.open(SAMPLE);
    if (again.ok) other.sync(again.workbook);
    await settle();
    expect(plain.some((m) => 'prices' in m)).toBe(false);
    connection.stop();
    other.stop();
  });

  it('a file that is not valid comes back as a load error with its place, and changes nothing', async () => {
    const { sink } = recordingSink();
    const connection = createEngineConnection(() => fakeWorker([]), sink);
    const opened = await connection.open(
      '{ "format": "creditstack.workbook", "version": 1, "scenarios": [ { "id": "x", "startMonth": "2027-13" } ] }',
    );
    expect(opened).toMatchObject({ ok: false, error: { path: 'scenarios[0].startMonth' } });
    connection.stop();
  });

  it('restarts a worker that stops answering, says so, and sends the new one the document on screen', async () => {
    vi.useFakeTimers();
    let clock = 0;
    const workers: (WorkerLike & { terminated: boolean })[] = [];
    const logs: ToWorker[][] = [];
    const { got, sink } = recordingSink();
    const connection = createEngineConnection(
      () => {
        const log: ToWorker[] = [];
        logs.push(log);
        // The first worker hangs; its replacement works.
        const w = fakeWorker(log, { hang: workers.length === 0 });
        workers.push(w);
        return w;
      },
      sink,
      () => clock,
    );
    const doc = JSON.parse(SAMPLE);
    connection.sync(doc);
    expect(logs[0].map((m) => m.type)).toEqual(['load']);
    clock = HANG_MS - 1;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(workers).toHaveLength(1);
    clock = HANG_MS + 1;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(workers[0].terminated).toBe(true);
    expect(got.restarted).toEqual(['stopped responding']);
    expect(logs[1].map((m) => m.type)).toEqual(['load']);
    vi.useRealTimers();
    await settle();
    expect(got.results.slice(-2).flatMap((r) => r.ids)).toEqual(['stack', 'stack-accelerator']);
    connection.stop();
  });

  it('gives up after two fresh workers in a row stay silent, and says the figures may be out of date', async () => {
    vi.useFakeTimers();
    let clock = 0;
    let made = 0;
    const { got, sink } = recordingSink();
    const connection = createEngineConnection(
      () => {
        made += 1;
        return fakeWorker([], { hang: true });
      },
      sink,
      () => clock,
    );
    connection.sync(JSON.parse(SAMPLE));
    const text = connection.text('save').then(
      () => 'written',
      (error: Error) => error.message,
    );
    for (let round = 1; round <= 4; round++) {
      clock = round * (HANG_MS + 1);
      await vi.advanceTimersByTimeAsync(1_000);
    }
    // The first worker and two replacements; the text request was asked again once, then failed.
    expect(made).toBe(3);
    expect(got.restarted).toEqual(['stopped responding', 'stopped responding']);
    expect(got.failed).toEqual([
      'the calculation engine stopped responding again after two restarts; the figures shown may be out of date',
    ]);
    expect(await text).toBe('the calculation engine stopped responding twice while doing this');
    connection.stop();
  });

  it('restarts a worker that crashed, and asks the new one again for a text someone waits for', async () => {
    const workers: (WorkerLike & { terminated: boolean })[] = [];
    const { got, sink } = recordingSink();
    const connection = createEngineConnection(() => {
      const w = fakeWorker([], { hang: workers.length === 0 });
      workers.push(w);
      return w;
    }, sink);
    const doc = JSON.parse(SAMPLE);
    connection.sync(doc);
    const text = connection.text('recovery');
    workers[0].onerror?.({ preventDefault() {} } as ErrorEvent);
    expect(got.restarted).toEqual(['stopped with an error']);
    expect(await text).toBe(serializeWorkbook(doc));
    connection.stop();
  });
});
