// The other workbook files the Compare view opens read-only: each is parsed, validated and
// computed by an engine worker of its own (the window's worker keeps serving the open document),
// so adding a large file never freezes the window. The worker ends once the results are in.
import type { ScenarioResult } from '../../../../shared/engine';
import type { LoadError } from '../../../../shared/io/load-error';
import type { Workbook } from '../../../../shared/model';
import { createEngineConnection, newEngineWorker } from '../../engine-host/engine-host';

export type ComparedFile =
  { ok: true; workbook: Workbook; results: Promise<ScenarioResult[]> } | { ok: false; error: LoadError };

export async function openComparedFile(text: string): Promise<ComparedFile> {
  let settle: { resolve(r: ScenarioResult[]): void; reject(e: Error): void } | null = null;
  const results = new Promise<ScenarioResult[]>((resolve, reject) => (settle = { resolve, reject }));
  // Results come a scenario at a time: the file is computed once every scenario has come.
  const got = new Map<string, ScenarioResult>();
  const connection = createEngineConnection(newEngineWorker, {
    results(scenarios, order) {
      for (const s of scenarios) got.set(s.id, s);
      if (!order.every((id) => got.has(id))) return;
      connection.stop();
      settle!.resolve(order.map((id) => got.get(id)!));
    },
    failed(message) {
      connection.stop();
      settle!.reject(new Error(message));
    },
    // A restarted worker is given the file again and computes it; the caller just waits.
    restarted() {},
  });
  const opened = await connection.open(text).catch((error: unknown) => {
    connection.stop();
    throw error;
  });
  if (!opened.ok) {
    connection.stop();
    return opened;
  }
  connection.sync(opened.workbook);
  return { ok: true, workbook: opened.workbook, results };
}
