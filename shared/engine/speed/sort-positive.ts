// Sorting positive doubles by their bit patterns (radix), for the month a credit runs dry.

// Radix sorting reads a double's bytes from least significant up, as little-endian memory holds them.
export const LITTLE_ENDIAN = new Uint8Array(Float64Array.of(1).buffer)[7] === 0x3f;
/** Binary exponents of a double (11 bits). */
export const EXPONENTS = 2048;
/**
 * Up to this many values an insertion sort is quicker than the radix sort, whose byte counts
 * alone are 8 KB of fresh memory per sort (a month's service charges are usually a dozen or two).
 */
export const SHORT_SORT = 32;

/**
 * Sorts positive numbers (no NaN, no -0) ascending, in place; `scratch` holds at least as many.
 * The bit patterns of positive doubles order exactly like the numbers, so a radix sort on their
 * bytes sorts them. It allocates nothing per value, where the built-in sort boxes every double
 * it sorts: on the charges of a month it is about three times as fast. It sorts by the high four
 * bytes (exponent and the leading mantissa bits), then orders the values that share those - equal
 * values, or values less than a millionth apart - by their low four bytes.
 */
export function sortPositive(values: Float64Array, scratch: Float64Array): void {
  const n = values.length;
  if (n <= SHORT_SORT) {
    insertionSort(values, 0, n);
    return;
  }
  if (!LITTLE_ENDIAN) {
    values.sort();
    return;
  }
  radixSortBytes(values, scratch, 4, 8);
  const words = new Uint32Array(values.buffer, values.byteOffset, 2 * n); // [low, high] per value
  let start = 0;
  for (let i = 1; i <= n; i++) {
    if (i < n && words[2 * i + 1] === words[2 * start + 1]) continue;
    if (i - start > 1) sortByLowWord(values, words, start, i, scratch);
    start = i;
  }
}

/** LSD radix sort of values on their bytes [fromByte, toByte) (little-endian), in place. */
function radixSortBytes(values: Float64Array, scratch: Float64Array, fromByte: number, toByte: number): void {
  const n = values.length;
  const bytes = new Uint8Array(values.buffer, values.byteOffset, n * 8);
  // All the byte histograms in one pass; a byte that every value shares needs no pass at all.
  const counts = new Int32Array(8 * 256);
  for (let i = 0; i < n * 8; i += 8) {
    for (let byte = fromByte; byte < toByte; byte++) counts[byte * 256 + bytes[i + byte]]++;
  }
  let from = values;
  let to = scratch.subarray(0, n);
  for (let byte = fromByte; byte < toByte; byte++) {
    const base = byte * 256;
    if (counts[base + bytes[byte]] === n) continue;
    let start = 0;
    for (let d = base; d < base + 256; d++) {
      const count = counts[d];
      counts[d] = start;
      start += count;
    }
    const fromBytes = new Uint8Array(from.buffer, from.byteOffset, n * 8);
    for (let i = 0; i < n; i++) to[counts[base + fromBytes[i * 8 + byte]]++] = from[i];
    const swap = from;
    from = to;
    to = swap;
  }
  if (from !== values) values.set(from);
}

/** Orders values[start, end), which share their high word, by their low word. */
function sortByLowWord(
  values: Float64Array,
  words: Uint32Array,
  start: number,
  end: number,
  scratch: Float64Array,
): void {
  let same = true;
  for (let i = start + 1; i < end && same; i++) same = words[2 * i] === words[2 * start];
  if (same) return; // equal values: the usual case
  if (end - start <= 16) {
    insertionSort(values, start, end); // such runs are short
  } else {
    radixSortBytes(values.subarray(start, end), scratch, 0, 4);
  }
}

/** Sorts values[start, end) ascending, in place. */
function insertionSort(values: Float64Array, start: number, end: number): void {
  for (let i = start + 1; i < end; i++) {
    const v = values[i];
    let j = i - 1;
    while (j >= start && values[j] > v) {
      values[j + 1] = values[j];
      j--;
    }
    values[j + 1] = v;
  }
}
