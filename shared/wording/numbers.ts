// Money as the issue texts write it: whole US dollars with en-US grouping, the same on every
// machine (no locale lookup in the common case, which is slow enough to show in an edit).

/** An integer with thousands separators, as toLocaleString('en-US') writes it. */
export function groupedInteger(n: number): string {
  if (!Number.isSafeInteger(n) || Object.is(n, -0)) return n.toLocaleString('en-US');
  const digits = String(Math.abs(n));
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return n < 0 ? `-${out}` : out;
}

/** 25000.4 -> "$25,000". */
export const wholeUsd = (n: number) => `$${groupedInteger(Math.round(n))}`;
