// The UI's one connection to the engine worker, which owns the document (see protocol.ts). After
// each store change it sends what changed (a patch, not the workbook), and merges the results of
// the scenarios that changed into the store. Opening a file and writing one's text are requests
// to the worker. A watchdog restarts a worker that crashed or stopped answering, brings the new
// one up to date, and says so on screen until fresh figures are in.
import type { ScenarioResult } from '../../../shared/engine';
import type { LoadError } from '../../../shared/io/load-error';
import type { Line, Workbook } from '../../../shared/model';
import type { WorkbookPrice } from '../features/prices/workbook-prices';
import { useStore } from '../store/store';
import { unpackScenario } from './packed-results';
import type { FromWorker, TextPurpose, ToWorker } from './protocol';
import { diffWorkbook } from './workbook-patch';
import { takeEngineWorker } from './worker-start';

/** A request that has waited this long means a worker that hangs (a 20,000-line open takes ~2 s). */
export const HANG_MS = 20_000;
const WATCH_EVERY_MS = 1_000;

export type OpenOutcome =
  { ok: true; workbook: Workbook; migratedFrom: number | null } | { ok: false; error: LoadError };

export interface WorkerLike {
  postMessage(message: ToWorker): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** Where a connection's answers go: the store for the open document, a promise for a compared file. */
export interface ResultsSink {
  /** Results of the scenarios that changed; `order` lists every scenario the document still has. */
  results(scenarios: ScenarioResult[], order: string[], ms: number): void;
  failed(message: string): void;
  /** The worker was restarted (`why`); the figures shown are from before until the next results. */
  restarted(why: string): void;
  /** The prices the document's lines use (only a sink that has this is sent them). */
  prices?(rows: WorkbookPrice[]): void;
}

interface Waiting {
  sentAt: number;
  /** How many workers this request has already outlived (it is asked again once, not forever). */
  restarts: number;
  /** Open and text requests have someone waiting for the answer; patches and loads do not. */
  resolve?(answer: FromWorker): void;
  request: ToWorker;
}

export function createEngineConnection(
  makeWorker: () => WorkerLike,
  sink: ResultsSink,
  now: () => number = () => performance.now(),
) {
  let worker: WorkerLike | null = null;
  let seq = 0;
  /** The workbook the worker holds (null: it must be sent whole), and the latest one synced. */
  let sent: Workbook | null = null;
  let latest: Workbook | null = null;
  /** The last file the worker opened, until the store loads it (then the worker adopts it). */
  let opened: { seq: number; workbook: Workbook } | null = null;
  const waiting = new Map<number, Waiting>();
  const openedLines = new Map<number, Line[][]>();
  let watchdog: ReturnType<typeof setInterval> | null = null;
  let stopped = false;
  /** Restarts since the last answer of any worker: past two, the watchdog stops trying. */
  let silentRestarts = 0;

  function start(): WorkerLike {
    const w = makeWorker();
    w.onmessage = (event) => receive(event.data);
    w.onerror = (event) => {
      event.preventDefault?.();
      restart('stopped with an error');
    };
    worker = w;
    return w;
  }

  function post(request: ToWorker, resolve?: (answer: FromWorker) => void, restarts = 0): void {
    waiting.set(request.seq, { sentAt: now(), request, resolve, restarts });
    watchdog ??= setInterval(checkAlive, WATCH_EVERY_MS);
    (worker ?? start()).postMessage(request);
  }

  function checkAlive(): void {
    const oldest = waiting.values().next().value;
    if (oldest === undefined) {
      clearInterval(watchdog!);
      watchdog = null;
    } else if (now() - oldest.sentAt > HANG_MS) restart('stopped responding');
  }

  /** A new worker, given the document on screen; requests that someone waits for are asked again. */
  function restart(why: string): void {
    if (silentRestarts >= 2) {
      // Two fresh workers in a row gave no answer: restarting again would only repeat that.
      waiting.clear();
      sink.failed(`the calculation engine ${why} again after two restarts; the figures shown may be out of date`);
      return;
    }
    silentRestarts += 1;
    worker?.terminate();
    worker = null;
    openedLines.clear();
    opened = null;
    const again = [...waiting.values()].filter((w) => w.resolve !== undefined);
    waiting.clear();
    sink.restarted(why);
    sent = null;
    if (latest !== null) sync(latest);
    for (const w of again) {
      // A request that outlived a worker already is likely what stops them: it fails, so the
      // watchdog does not restart workers for it forever.
      if (w.restarts === 0) post(w.request, w.resolve, 1);
      else
        w.resolve!({
          type: 'failed',
          seq: w.request.seq,
          message: `the calculation engine ${why} twice while doing this`,
        });
    }
  }

  function receive(message: FromWorker): void {
    silentRestarts = 0;
    if (message.type === 'prices') {
      // They follow the results of their request, which is answered already.
      sink.prices?.(message.rows);
      return;
    }
    if (message.type === 'opened-lines') {
      const parts = openedLines.get(message.seq) ?? [];
      (parts[message.scenario] ??= []).push(...message.lines);
      openedLines.set(message.seq, parts);
      return;
    }
    const entry = waiting.get(message.seq);
    if (message.type === 'opened') {
      const parts = openedLines.get(message.seq) ?? [];
      openedLines.delete(message.seq);
      const workbook = {
        ...message.workbook,
        scenarios: message.workbook.scenarios.map((s, i) => ({ ...s, lines: parts[i] ?? [] })),
      };
      // The worker keeps its copy: when the store loads this workbook it is adopted, not sent back.
      opened = { seq: message.seq, workbook };
      waiting.delete(message.seq);
      entry?.resolve?.({ ...message, workbook });
      return;
    }
    waiting.delete(message.seq);
    if (message.type === 'results') sink.results(message.scenarios.map(unpackScenario), message.order, message.ms);
    else if (message.type === 'failed' && entry?.resolve === undefined) {
      sink.failed(message.message);
      // The worker's copy may be behind now: the next change sends the document whole.
      if (entry?.request.type !== 'text') sent = null;
    }
    entry?.resolve?.(message);
  }

  /** Sends the worker what changed since the workbook it holds. */
  function sync(workbook: Workbook): void {
    latest = workbook;
    if (workbook === sent || stopped) return;
    seq += 1;
    performance.mark('compute-requested');
    const prices = sink.prices === undefined ? {} : { prices: true as const };
    if (opened !== null && workbook === opened.workbook) post({ type: 'adopt', seq, opened: opened.seq, ...prices });
    else
      post(
        sent === null
          ? { type: 'load', seq, workbook, ...prices }
          : { type: 'patch', seq, patch: diffWorkbook(sent, workbook), ...prices },
      );
    opened = null;
    sent = workbook;
  }

  function ask(request: ToWorker): Promise<FromWorker> {
    return new Promise((resolve) => post(request, resolve));
  }

  return {
    /** Ends the worker for good (a compared file's connection, once its results are in). */
    stop(): void {
      stopped = true;
      worker?.terminate();
      worker = null;
      waiting.clear();
      if (watchdog !== null) clearInterval(watchdog);
      watchdog = null;
    },
    sync,
    /** Parses and validates file text in the worker; on success the worker holds it as the document. */
    async open(text: string): Promise<OpenOutcome> {
      const answer = await ask({ type: 'open', seq: ++seq, text });
      if (answer.type === 'opened') return { ok: true, workbook: answer.workbook, migratedFrom: answer.migratedFrom };
      if (answer.type === 'open-failed') return { ok: false, error: answer.error };
      throw new Error(answer.type === 'failed' ? answer.message : 'the engine gave no answer');
    },
    /** The text of the document on screen, for a save or a recovery copy. */
    async text(purpose: TextPurpose): Promise<string> {
      const answer = await ask({ type: 'text', seq: ++seq, purpose });
      if (answer.type === 'text') return answer.text;
      throw new Error(answer.type === 'failed' ? answer.message : 'the engine gave no answer');
    },
  };
}

export type EngineConnection = ReturnType<typeof createEngineConnection>;

export const newEngineWorker = () => takeEngineWorker() as unknown as WorkerLike;

/** The open document's answers go to the store's results slice. */
const storeSink: ResultsSink = {
  results(scenarios, order, ms) {
    const state = useStore.getState();
    const byScenario = new Map(state.byScenario);
    for (const result of scenarios) byScenario.set(result.id, result);
    const present = new Set(order);
    for (const id of byScenario.keys()) if (!present.has(id)) byScenario.delete(id);
    useStore.setState({ byScenario, computeMs: ms, engineError: null, engineRestart: null });
    if (state.engineRestart !== null)
      state.notify({
        kind: 'info',
        text: 'The calculation engine was restarted after it stopped; the figures are up to date again.',
      });
    performance.mark('results-applied');
  },
  failed(message) {
    useStore.setState({ engineError: message });
  },
  restarted(why) {
    useStore.setState({
      engineRestart: `The calculation engine ${why} and was restarted; these figures are from before and are being recomputed.`,
    });
  },
  prices(rows) {
    useStore.setState({ prices: rows });
  },
};

/** The open document's connection (one per window), kept in step with the store. */
export const engine: EngineConnection = createEngineConnection(newEngineWorker, storeSink);
