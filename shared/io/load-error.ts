// How a file problem is told to the user: a JSON path ("scenarios[0].lines[2].model") and a
// one-line message. Everything shown here may come from a hostile file, so text taken from it is
// quoted, shortened and stripped of characters that could break or disguise the line.

export interface LoadError {
  message: string;
  /** JSON path of the first problem, like "scenarios[0].lines[2].model", or null */
  path: string | null;
}

const MAX_QUOTED = 40;
// Control characters, lone surrogates and bidi overrides would break or reorder a one-line message.
const UNSHOWABLE =
  /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function escapeUnshowable(s: string): string {
  return s.replace(UNSHOWABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`);
}

/** Text from the file, in double quotes, at most 40 characters, safe to put in a message. */
export function quoteForMessage(s: string): string {
  const chars = Array.from(s);
  const short = chars.length > MAX_QUOTED ? `${chars.slice(0, MAX_QUOTED).join('')}...` : s;
  return `"${escapeUnshowable(short.replace(/\\/g, '\\\\').replace(/"/g, '\\"'))}"`;
}

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** ["scenarios", 0, "lines", 2, "model"] -> "scenarios[0].lines[2].model"; [] -> null. */
export function formatPath(path: readonly PropertyKey[]): string | null {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (typeof seg === 'string' && PLAIN_KEY.test(seg)) out += out === '' ? seg : `.${seg}`;
    else out += `[${quoteForMessage(String(seg))}]`;
  }
  return out === '' ? null : out;
}

/** One line: 'plan.creditstack: scenarios[0].lines[2].model: must be ...'. */
export function formatLoadError(fileName: string, e: LoadError): string {
  const name = escapeUnshowable(fileName);
  return e.path === null ? `${name}: ${e.message}` : `${name}: ${e.path}: ${e.message}`;
}
