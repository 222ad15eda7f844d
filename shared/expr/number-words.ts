// English number words as a finance lead might type them into a quantity ("two hundred",
// "twenty-five thousand", "1.5 million"): read only to suggest the digits to type instead.

const SMALL: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

const SCALES: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const FILLERS = new Set(['a', 'and']);

/**
 * The value of a phrase of number words (digits may stand in for the small part: "1.5 million"),
 * or null when the phrase is not only number words or holds no word at all ("200" is digits).
 */
export function numberWordsValue(phrase: string): number | null {
  const tokens = phrase
    .toLowerCase()
    .split(/[\s,-]+/)
    .filter((t) => t !== '');
  let total = 0;
  let current = 0;
  let words = 0;
  for (const token of tokens) {
    if (/^\d+(\.\d+)?$/.test(token)) current += Number(token);
    else if (FILLERS.has(token)) continue;
    else if (Object.hasOwn(SMALL, token)) {
      current += SMALL[token]!;
      words++;
    } else if (token === 'hundred') {
      current = (current || 1) * 100;
      words++;
    } else if (Object.hasOwn(SCALES, token)) {
      total += (current || 1) * SCALES[token]!;
      current = 0;
      words++;
    } else return null;
  }
  if (words === 0) return null;
  // 1.5 million is 1,500,000 exactly as typed, not 1,500,000.0000000002.
  return Number((total + current).toPrecision(15));
}
