// Byte-level checks before any text exists: the size limit, the encoding, strict UTF-8.
// shared/ is typed without DOM or Node globals, so the decoder is looked up on globalThis with
// a minimal local type (every JavaScript runtime the app targets provides TextDecoder).

interface StrictDecoder {
  decode(bytes: Uint8Array): string;
}
type DecoderConstructor = new (label: string, options: { fatal: boolean; ignoreBOM: boolean }) => StrictDecoder;

export const MB = 1024 * 1024;

export function tooLargeMessage(bytes: number, limit: number): string {
  return `the file is too large (${(bytes / MB).toFixed(1)} MB; the limit is ${limit / MB} MB)`;
}

/** The size of `text` in UTF-8 bytes (what the file would be on disk). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4; // a surrogate pair is one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export type DecodeResult = { ok: true; text: string } | { ok: false; message: string };

/** Decodes UTF-8 strictly: a leading BOM is dropped, any invalid byte sequence is refused. */
export function decodeUtf8Strict(bytes: Uint8Array): DecodeResult {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)))
    return { ok: false, message: 'the file is UTF-16 text; CreditStack files are UTF-8' };
  const Decoder = (globalThis as unknown as { TextDecoder?: DecoderConstructor }).TextDecoder;
  if (Decoder === undefined) return { ok: false, message: 'this environment cannot decode UTF-8 text' };
  try {
    // ignoreBOM: false means "strip a leading BOM", which is what a file saved by Notepad needs.
    return { ok: true, text: new Decoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    return { ok: false, message: 'not UTF-8 text (the file may be binary or in another encoding)' };
  }
}

/** Decodes UTF-8 the writer made itself: every character kept, a leading BOM too; throws on an invalid byte. */
export function decodeUtf8Exact(bytes: Uint8Array): string {
  const Decoder = (globalThis as unknown as { TextDecoder?: DecoderConstructor }).TextDecoder;
  if (Decoder === undefined) throw new Error('this environment cannot decode UTF-8 text');
  return new Decoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
}
