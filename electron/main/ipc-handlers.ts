// Registers one ipcMain.handle() per channel of the table. Before any handler runs, the sender
// frame must be the app's own top-level page and the payload must match the channel's schema;
// whatever happens, the renderer gets a Result, never an exception.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import {
  fail,
  INVOKE_CHANNEL_NAMES,
  invokeChannels,
  type InvokeChannel,
  type ParsedRequestOf,
  type ResponseOf,
} from '../../shared/ipc';
import { isTrustedIpcSender } from './security-policy';

/** Who made the call: handlers find the calling window by its web contents id. */
export interface IpcCaller {
  readonly webContentsId: number;
}

/** One handler per channel; a channel without one is a compile error where this type is built. */
export type IpcHandlers = {
  readonly [C in InvokeChannel]: (request: ParsedRequestOf<C>, caller: IpcCaller) => Promise<ResponseOf<C>>;
};

/** The part of IpcMainInvokeEvent the checks read. */
export type InvokeEvent = Pick<IpcMainInvokeEvent, 'senderFrame'> & { sender: { id: number } };

/** Checks the sender and the payload, then runs the handler. Exported for tests; registerIpcHandlers uses it. */
export async function handleInvoke<C extends InvokeChannel>(
  channel: C,
  handlers: IpcHandlers,
  event: InvokeEvent,
  args: unknown[],
): Promise<ResponseOf<C>> {
  type Answer = ResponseOf<C>;
  if (!isTrustedIpcSender(event.senderFrame)) return fail('BAD_SENDER', 'This page may not use the app.') as Answer;
  // Every method takes at most one argument; anything more is not from our preload.
  const parsed = args.length <= 1 ? invokeChannels[channel].request.safeParse(args[0]) : null;
  if (parsed === null || !parsed.success)
    return fail('BAD_REQUEST', `The request to ${channel} was not valid.`) as Answer;
  const handler = handlers[channel] as (request: unknown, caller: IpcCaller) => Promise<Answer>;
  try {
    return await handler(parsed.data, { webContentsId: event.sender.id });
  } catch (error) {
    // The message stays generic for the renderer; the detail goes to the log.
    console.error(`[ipc] ${channel} failed:`, error);
    return fail('INTERNAL', 'Something went wrong in the app; see its log for details.') as Answer;
  }
}

export function registerIpcHandlers(ipcMain: Pick<IpcMain, 'handle'>, handlers: IpcHandlers): void {
  for (const channel of INVOKE_CHANNEL_NAMES) {
    ipcMain.handle(channel, (event, ...args: unknown[]) => handleInvoke(channel, handlers, event, args));
  }
}
