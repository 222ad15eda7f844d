// The shape of `window.api`, derived from the channel table. This file holds no schemas (only
// type imports from the table), so the preload bundle that imports it stays small and logic-free.
import type { EventChannel, EventPayload, InvokeChannel, RequestOf, ResponseOf } from './channels';

/** One method per call, named for what it does. */
export const INVOKE_METHODS = {
  openWorkbook: 'workbook:open',
  takePendingWorkbooks: 'workbook:takePending',
  saveWorkbook: 'workbook:save',
  saveWorkbookAs: 'workbook:saveAs',
  exportCsv: 'csv:export',
  writeRecovery: 'recovery:write',
  readRecovery: 'recovery:read',
  answerRecovery: 'recovery:answer',
  setDocumentState: 'document:setState',
} as const satisfies Record<string, InvokeChannel>;

/** One subscription per event; each returns its unsubscribe function. */
export const EVENT_METHODS = {
  onMenuCommand: 'menu:command',
  onWorkbookOpened: 'workbook:opened',
} as const satisfies Record<string, EventChannel>;

type InvokeMethod<C extends InvokeChannel> = [RequestOf<C>] extends [undefined]
  ? () => Promise<ResponseOf<C>>
  : (request: RequestOf<C>) => Promise<ResponseOf<C>>;

export type PreloadApi = {
  readonly [M in keyof typeof INVOKE_METHODS]: InvokeMethod<(typeof INVOKE_METHODS)[M]>;
} & {
  readonly [M in keyof typeof EVENT_METHODS]: (
    listener: (payload: EventPayload<(typeof EVENT_METHODS)[M]>) => void,
  ) => () => void;
};

// Compile-time proof that every channel in the table has a method: a new channel without one
// makes these aliases fail to type-check. Nothing imports them (they exist to be checked), so
// they are exported to satisfy noUnusedLocals and tagged @public so that knip does not list them.
type MustBeNever<T extends never> = T;
/** @public */
export type EveryInvokeChannelHasAMethod = MustBeNever<
  Exclude<InvokeChannel, (typeof INVOKE_METHODS)[keyof typeof INVOKE_METHODS]>
>;
/** @public */
export type EveryEventChannelHasAMethod = MustBeNever<
  Exclude<EventChannel, (typeof EVENT_METHODS)[keyof typeof EVENT_METHODS]>
>;

export type { EventChannel, EventPayload, InvokeChannel, RequestOf, ResponseOf } from './channels';
