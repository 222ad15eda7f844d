// The IPC channel table: every message between the renderer and the main process, by name
// (`domain:verb`), with the schema of what goes each way. The main process validates every
// request against it; the preload's API is typed from it, so a channel without a method or a
// handler does not compile.
import { z } from 'zod';
import {
  commandId,
  documentName,
  documentState,
  fileHandle,
  fileText,
  openedFile,
  recoveryCopy,
  resultOf,
  savedFile,
  suggestedFileName,
} from './payloads';

const nothing = z.undefined();

/** Renderer -> main calls (ipcRenderer.invoke / ipcMain.handle); each answers a Result. */
export const invokeChannels = {
  /** Shows the open dialog. null: canceled, or the file opened in another window. */
  'workbook:open': { request: nothing, response: resultOf(openedFile.nullable()) },
  /** Files the main process opened for this window before it was listening (launch argument, second launch, recent files). */
  'workbook:takePending': { request: nothing, response: resultOf(z.array(openedFile).max(16)) },
  'workbook:save': {
    request: z.strictObject({ handle: fileHandle, text: fileText, force: z.boolean().optional() }),
    response: resultOf(savedFile),
  },
  /** null: the user canceled the dialog. */
  'workbook:saveAs': {
    request: z.strictObject({ suggestedName: suggestedFileName, text: fileText }),
    response: resultOf(savedFile.nullable()),
  },
  /** false: the user canceled the dialog. */
  'csv:export': {
    request: z.strictObject({ suggestedName: suggestedFileName, text: fileText }),
    response: resultOf(z.boolean()),
  },
  /** null clears this window's recovery copy. Answers once the copy is on disk, or WRITE_FAILED saying why not. */
  'recovery:write': {
    request: z.strictObject({ name: documentName, text: fileText }).nullable(),
    response: resultOf(z.null()),
  },
  /** A copy of unsaved work left by an earlier run, or null. */
  'recovery:read': { request: nothing, response: resultOf(recoveryCopy.nullable()) },
  /** The page's answer to the copy recovery:read offered: restored (its own copy now holds that work) or discarded. Either way the offered copy goes. */
  'recovery:answer': { request: z.enum(['restored', 'discarded']), response: resultOf(z.null()) },
  /** Title, dirty marker, and whether closing must ask first. */
  'document:setState': { request: documentState, response: resultOf(z.null()) },
} as const satisfies Record<string, { request: z.ZodType; response: z.ZodType }>;

/** Main -> renderer events (webContents.send / ipcRenderer.on). */
export const eventChannels = {
  /** A native menu item was chosen; the payload is its command id. */
  'menu:command': commandId,
  /** The main process opened a file for this window. */
  'workbook:opened': openedFile,
} as const satisfies Record<string, z.ZodType>;

export type InvokeChannel = keyof typeof invokeChannels;
export type EventChannel = keyof typeof eventChannels;
export type RequestOf<C extends InvokeChannel> = z.input<(typeof invokeChannels)[C]['request']>;
/** The request after validation (what a handler receives). */
export type ParsedRequestOf<C extends InvokeChannel> = z.output<(typeof invokeChannels)[C]['request']>;
export type ResponseOf<C extends InvokeChannel> = z.output<(typeof invokeChannels)[C]['response']>;
export type EventPayload<E extends EventChannel> = z.output<(typeof eventChannels)[E]>;

export const INVOKE_CHANNEL_NAMES = Object.keys(invokeChannels) as InvokeChannel[];
