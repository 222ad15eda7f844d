// What every IPC call answers: a value, or an error code with a one-line message. Handlers never
// throw across the process boundary, so the renderer never sees a stack or a path it did not choose.

export const IPC_ERROR_CODES = [
  /** The call came from a frame that is not the app's own top-level page. */
  'BAD_SENDER',
  /** The payload did not match the channel's request schema. */
  'BAD_REQUEST',
  /** The file on disk is not what was last read or written; saving would overwrite someone's change. */
  'CHANGED_ON_DISK',
  'WRITE_FAILED',
  /** The file is read-only; it is replaced only when the user chooses "Overwrite". */
  'READ_ONLY',
  'READ_FAILED',
  /** The file was read but is not a valid workbook. */
  'INVALID_FILE',
  /** The handle is not (or no longer) known to the main process. */
  'UNKNOWN_HANDLE',
  'INTERNAL',
] as const;

export type IpcErrorCode = (typeof IPC_ERROR_CODES)[number];

export type Result<T> = { ok: true; value: T } | { ok: false; code: IpcErrorCode; message: string };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const fail = <T = never>(code: IpcErrorCode, message: string): Result<T> => ({ ok: false, code, message });
