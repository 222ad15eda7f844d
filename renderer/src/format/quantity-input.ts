// What a user types into a quantity cell: a number (with thousands separators, or a k/M/B
// suffix) is stored as a number; anything else is kept verbatim as an expression.

const NUMBER_WITH_SUFFIX = /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[+-]?\.\d+)\s*([kKmMbB])?$/;
const SUFFIX: Record<string, number> = { k: 1e3, m: 1e6, b: 1e9 };

export function parseQuantityInput(text: string): number | string {
  const trimmed = text.trim();
  const match = NUMBER_WITH_SUFFIX.exec(trimmed.replace(/^\$/, ''));
  if (match !== null) {
    const base = Number(match[1].replace(/,/g, ''));
    const scale = match[2] ? SUFFIX[match[2].toLowerCase()] : 1;
    const value = base * scale;
    if (Number.isFinite(value)) return Object.is(value, -0) ? 0 : value;
  }
  // Plain JS number syntax such as 1e6 also counts as a number.
  if (/^[+-]?\d+(\.\d+)?e[+-]?\d+$/i.test(trimmed)) {
    const value = Number(trimmed);
    if (Number.isFinite(value)) return value;
  }
  return trimmed;
}
