// The messages between the UI and the engine worker, which owns the document: it parses and
// validates opened files, applies the UI's edits as patches, computes the scenarios an edit
// touched, and writes the text of saves and recovery copies. Every request carries a sequence
// number; the worker answers each one, in order. The open document's connection also asks for
// the Prices panel's rows (`prices`), which follow the results when the lines or prices changed.
import type { LoadError } from '../../../shared/io/load-error';
import type { Line, Workbook } from '../../../shared/model';
import type { WorkbookPrice } from '../features/prices/workbook-prices';
import type { PackedScenario } from './packed-results';
import type { WorkbookPatch } from './workbook-patch';

export type TextPurpose = 'save' | 'recovery';

export type ToWorker =
  /** Parse and validate file text; the worker keeps the result until the UI adopts it. */
  | { type: 'open'; seq: number; text: string }
  /** Make the file opened by request `opened` the document (the UI has loaded it). */
  | { type: 'adopt'; seq: number; opened: number; prices?: true }
  /** Make this workbook the document (File > New; a restarted worker catching up). */
  | { type: 'load'; seq: number; workbook: Workbook; prices?: true }
  | { type: 'patch'; seq: number; patch: WorkbookPatch; prices?: true }
  /** The document's text: for a save (with the snapshot of the prices it uses) or a recovery copy. */
  | { type: 'text'; seq: number; purpose: TextPurpose };

/** Lines travel to the UI in parts of this many, so no single message takes long to read. */
export const LINES_PER_PART = 1_000;

export type FromWorker =
  /** Part of an opened document's lines (before its `opened`). */
  | { type: 'opened-lines'; seq: number; scenario: number; lines: Line[] }
  /** The opened document, its scenarios' lines left empty (they came in parts). */
  | { type: 'opened'; seq: number; workbook: Workbook; migratedFrom: number | null }
  | { type: 'open-failed'; seq: number; error: LoadError }
  /** Results of a scenario the request changed, one message each; `order` lists every scenario still there. */
  | { type: 'results'; seq: number; scenarios: PackedScenario[]; order: string[]; ms: number }
  /** The prices the document's lines use, after the results of a request that changed them. */
  | { type: 'prices'; seq: number; rows: WorkbookPrice[] }
  | { type: 'text'; seq: number; text: string }
  /** The request could not be carried out (a computation or a write that threw). */
  | { type: 'failed'; seq: number; message: string };
