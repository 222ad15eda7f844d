// What each pool paid each charge, month by month, for the rules that ask who paid what
// (EARMARKED_STRANDED). Only the pools that drew in a month paid anything in it - most pools are
// not yet valid, expired or empty in a given month - so a month records those pools alone: about
// a fifth of a table of every pool and month, and a rule reads only what was paid.

/** Month m's payers are payers[at[m]] .. payers[at[m + 1] - 1], in pool order; payer i paid charge g rows[i * chargeCount + g]. */
export interface MonthPayments {
  chargeCount: number;
  at: Int32Array;
  payers: Int32Array;
  rows: Float64Array;
}

/** A recording in progress: the payments so far, how many payer rows, and the running totals at the end of the month before. */
export interface PaymentsRecording {
  payments: MonthPayments;
  count: number;
  before: Float64Array;
}

export function startRecording(horizon: number, poolCount: number, chargeCount: number): PaymentsRecording {
  // Room for two payers a month to start with; a month with more grows it.
  const rows = new Float64Array(horizon * Math.min(2, poolCount) * chargeCount);
  const payments = { chargeCount, at: new Int32Array(horizon + 1), payers: new Int32Array(horizon * poolCount), rows };
  return { payments, count: 0, before: new Float64Array(poolCount * chargeCount) };
}

/**
 * After month m: the pools that drew in it, and what each paid each charge - the running totals
 * `paid` (pool after pool) less those at the end of the month before.
 */
export function recordMonth(
  recording: PaymentsRecording,
  m: number,
  traces: readonly { draw: Float64Array }[],
  paid: Float64Array,
): void {
  const { payments, before } = recording;
  const { chargeCount } = payments;
  for (let p = 0; p < traces.length; p++) {
    if (!(traces[p].draw[m] > 0)) continue;
    const to = recording.count * chargeCount;
    if (to + chargeCount > payments.rows.length) payments.rows = grown(payments.rows, to + chargeCount);
    payments.payers[recording.count++] = p;
    const from = p * chargeCount;
    for (let g = 0; g < chargeCount; g++) payments.rows[to + g] = paid[from + g] - before[from + g];
  }
  payments.at[m + 1] = recording.count;
  before.set(paid);
}

function grown(rows: Float64Array, needed: number): Float64Array {
  const bigger = new Float64Array(Math.max(needed, 2 * rows.length));
  bigger.set(rows);
  return bigger;
}
