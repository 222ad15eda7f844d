// The sentence above each chart that says what to read off it, in whole dollars and calendar months.
import type { ScenarioResult } from '../../../../shared/engine';
import { formatMoneyCompact, formatMoneyWhole, formatMonth, usedUpText } from '../../../../shared/wording';

/** "Credits pay $25,000 of $43,200; cash from Feb 2028 (the credit cliff)." */
export function paidByCaption(result: ScenarioResult): string {
  const k = result.kpis;
  const share = `Credits pay ${formatMoneyWhole(k.creditsApplied)} of ${formatMoneyWhole(k.totalCost)}`;
  if (k.creditCliffMonth === null) return `${share}; no month is paid in cash.`;
  return `${share}; cash from ${formatMonth(result.startMonth, k.creditCliffMonth)} (the credit cliff).`;
}

/** "Bedrock POC is used up in Feb 2028; Portfolio forfeits $13,000 at expiry." */
export function balanceCaption(result: ScenarioResult): string {
  const parts = result.pools
    .filter((p) => p.amount > 0)
    .map((p) => {
      const name = p.name || p.id;
      // (rev 2) The month of the last dollar: a depletion of exactly 3.0 is month 2.
      const usedUp = usedUpText(result.startMonth, p);
      if (usedUp !== null) return `${name} is ${usedUp}`;
      if (p.forfeited > 0.005) return `${name} forfeits ${formatMoneyWhole(p.forfeited)} at expiry`;
      return `${name} has ${formatMoneyWhole(p.remaining)} left at the end`;
    });
  return parts.length === 0 ? 'No credit pools.' : `${parts.join('; ')}.`;
}

/** "Cash paid over each horizon: Opus $191K; Sonnet $18.2K." — the lines' end points, in words. */
export function cumulativeCaption(entries: readonly { name: string; result: ScenarioResult }[]): string {
  const parts = entries.map((e) => `${e.name} ${formatMoneyCompact(e.result.kpis.cashCost)}`);
  return `Cash paid over each horizon: ${parts.join('; ')}.`;
}
