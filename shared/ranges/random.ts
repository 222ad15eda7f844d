// Counter-based random numbers: the draw for (seed, run, assumption) is a pure function of those
// three, never the next value of a shared generator. So a run gives the same draws whichever
// worker makes it and in whatever order runs are made, and an assumption's draws do not move when
// another ranged assumption is added or reordered (or lives in another scenario: scenarios that
// share a driver see the same draws, which makes their spreads comparable run by run).

/** A 32-bit avalanche (the murmur3 finalizer): every input bit flips about half the output bits. */
function avalanche(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A 32-bit hash of a name (FNV-1a, then mixed), so that draws are keyed by name, not position. */
export function nameKey(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return avalanche(h);
}

function combine(h: number, word: number): number {
  return avalanche((h ^ Math.imul(word >>> 0, 0x9e3779b1)) + 0x7f4a7c15);
}

/**
 * A uniform number strictly inside (0, 1), 53 bits, for draw `key` of run `run` under `seed`.
 * Seeds are whole numbers up to 2^53; the high and low words both feed the hash.
 */
export function uniformDraw(seed: number, run: number, key: number): number {
  const lo = seed >>> 0;
  const hi = Math.floor(seed / 4294967296) >>> 0;
  let h = combine(combine(combine(0x6a09e667, lo), hi), run);
  h = combine(h, key);
  const a = h >>> 5; // 27 bits
  const b = combine(h, 0x3c6ef372) >>> 6; // 26 bits
  // (a * 2^26 + b + 0.5) / 2^53: never exactly 0 or 1, so inverse distribution functions stay finite.
  return (a * 67108864 + b + 0.5) / 9007199254740992;
}
