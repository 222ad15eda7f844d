// Schemas for the pieces IPC messages are made of. Every string is bounded, every object is
// strict (an unknown key such as "__proto__" is refused, not stripped).
import { z } from 'zod';
import { LIMITS } from '../model';
import { IPC_ERROR_CODES } from './result';

// Control characters, DEL and lone surrogates: never part of a name shown in a title or a dialog.
const UNSAFE_NAME = /[\u0000-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The main process's opaque id for a file (a UUID); the renderer never sees the path. */
export const fileHandle = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, {
  message: 'must be a file handle',
});

/** A document name as shown in the title bar (usually a file name, which may be longer than a model name). */
export const documentName = z
  .string()
  .min(1)
  .max(1024)
  .refine((s) => !UNSAFE_NAME.test(s), { message: 'contains control characters or broken Unicode' });

/** A file name the renderer suggests for a save dialog: a name, never a path. */
export const suggestedFileName = documentName.refine((s) => !/[/\\]/.test(s) && s !== '.' && s !== '..', {
  message: 'must be a file name, not a path',
});

/** Workbook or CSV text; the byte limit is checked again when it is written. */
export const fileText = z.string().max(LIMITS.fileBytes, { message: `must be at most ${LIMITS.fileBytes} characters` });

export const commandId = z
  .string()
  .max(64)
  .regex(/^[a-z][A-Za-z]*(\.[A-Za-z0-9]+)+$/, { message: 'must be a command id like "file.save"' });

export const openedFile = z.strictObject({ name: documentName, text: fileText, handle: fileHandle.nullable() });

export const savedFile = z.strictObject({ handle: fileHandle, name: documentName });

export const recoveryCopy = z.strictObject({ name: documentName, text: fileText, savedAt: z.iso.datetime() });

export const documentState = z.strictObject({ name: documentName, dirty: z.boolean() });

/** The schema of a Result<T> answer whose value matches `value`. */
export const resultOf = <T extends z.ZodType>(value: T) =>
  z.discriminatedUnion('ok', [
    z.strictObject({ ok: z.literal(true), value }),
    z.strictObject({ ok: z.literal(false), code: z.enum(IPC_ERROR_CODES), message: z.string().max(2_000) }),
  ]);
