// The KPI cards as data: one value, a short explanation under it, and a tone, per KPI. Pure, so
// the wording a finance lead reads is unit-tested.
import {
  calendarMonth,
  changedByAllocation,
  footedTotals,
  type Kpis,
  type ScenarioResult,
} from '../../../../shared/engine';
import type { Company, Scenario } from '../../../../shared/model';
import { formatMoney, formatMonth, formatPercent, monthsDeltaText, monthsText } from '../../../../shared/wording';

export const KPI_CARD_NAMES = [
  'totalCost',
  'creditsApplied',
  'cashCost',
  'creditCoverage',
  'creditCliffMonth',
  'creditsForfeited',
  'cashRunwayMonths',
  'runwayExtensionMonths',
] as const satisfies readonly (keyof Kpis)[];
export type KpiCardName = (typeof KPI_CARD_NAMES)[number];

export const KPI_LABELS: Record<KpiCardName, string> = {
  totalCost: 'Total AWS cost',
  creditsApplied: 'Paid by credits',
  cashCost: 'Paid in cash',
  creditCoverage: 'Credit coverage',
  creditCliffMonth: 'Credit cliff',
  creditsForfeited: 'Credits forfeited',
  cashRunwayMonths: 'Cash runway',
  runwayExtensionMonths: 'Runway from credits',
};

type KpiTone = 'neutral' | 'good' | 'bad';

export interface KpiCardView {
  name: KpiCardName;
  label: string;
  value: string;
  /** Small text beside the value ("month 13"). */
  aside: string | null;
  /** One line under the value that says what the figure covers. */
  detail: string;
  tone: KpiTone;
  /** The definition, shown on hover. */
  hint: string;
  /** The scenario draws credits as declared and this figure depends on it: the card says so. */
  asDeclared: boolean;
}

/** "As of Nov 2026 (actuals); forecast from Dec 2026", or null without imported actuals. */
export function asOfText(result: ScenarioResult): string | null {
  const actuals = result.actuals;
  if (actuals === undefined) return null;
  const from =
    actuals.forecastFrom < result.horizonMonths
      ? `forecast from ${formatMonth(result.startMonth, actuals.forecastFrom)}`
      : 'no month left to forecast';
  return `As of ${formatMonth(actuals.throughMonth, 0)} actuals: ${from}, starting from the credit balances AWS reports (the months before are in Plan vs actual)`;
}

/** "Jan 2027 – Dec 2028", or one month when the horizon is a single month. */
export function horizonSpan(startMonth: string, horizonMonths: number): string {
  const first = formatMonth(startMonth, 0);
  return horizonMonths <= 1 ? first : `${first} – ${formatMonth(startMonth, horizonMonths - 1)}`;
}

const CENT = 0.005;

export function buildKpiCards(
  result: ScenarioResult,
  company: Pick<Company, 'cashOnHand' | 'otherMonthlyBurn'>,
  scenario?: Pick<Scenario, 'pools'>,
): KpiCardView[] {
  const k = result.kpis;
  // Money totals as the monthly table's totals row adds them up (footed cents), to the cent.
  const totals = footedTotals(result);
  const start = result.startMonth;
  const h = result.horizonMonths;
  const lastMonth = formatMonth(start, h - 1);
  // After an import of AWS actuals the figures are the forecast from the month after them.
  const from = result.actuals?.forecastFrom ?? 0;
  const ahead = h - from;
  const over =
    result.actuals === undefined
      ? `over ${h} ${h === 1 ? 'month' : 'months'} (${horizonSpan(start, h)})`
      : `from today: ${ahead} ${ahead === 1 ? 'month' : 'months'} (${ahead > 0 ? horizonSpan(calendarMonth(start, from), ahead) : 'none left'})`;

  // Only pools that take part in the simulation count as awarded.
  const included = (id: string) => scenario?.pools.find((p) => p.id === id)?.included ?? true;
  const taking = result.pools.filter((p) => included(p.id));
  const awarded = taking.reduce((sum, p) => sum + p.amount, 0);
  const poolCount = `${taking.length} ${taking.length === 1 ? 'pool' : 'pools'}`;

  const noCash = company.cashOnHand === null;
  const runway = k.cashRunwayMonths;
  let runwayCard: Pick<KpiCardView, 'value' | 'aside' | 'detail' | 'tone'>;
  if (noCash) runwayCard = { value: '—', aside: null, detail: 'Enter cash on hand in Settings', tone: 'neutral' };
  else if (runway === null)
    runwayCard = { value: 'Unlimited', aside: null, detail: 'no cash leaves the company', tone: 'good' };
  else
    runwayCard = {
      value: monthsText(runway),
      aside: null,
      detail: `cash runs out in ${formatMonth(start, from + runway)}${from + runway >= h ? ` (after ${lastMonth}, at its spend)` : ''}`,
      tone: 'neutral',
    };

  const ext = k.runwayExtensionMonths;
  const extensionCard: Pick<KpiCardView, 'value' | 'detail' | 'tone'> = noCash
    ? { value: '—', detail: 'Enter cash on hand in Settings', tone: 'neutral' }
    : ext === null
      ? { value: '—', detail: 'runway is not limited', tone: 'neutral' }
      : {
          value: monthsDeltaText(ext),
          detail: 'of runway bought by credits',
          tone: Number(ext.toFixed(1)) > 0 ? 'good' : 'neutral',
        };

  const remainingNote =
    k.creditsRemaining > CENT ? `; ${formatMoney(k.creditsRemaining)} still usable after ${lastMonth}` : '';

  const cards: Omit<KpiCardView, 'asDeclared'>[] = [
    {
      name: 'totalCost',
      label: KPI_LABELS.totalCost,
      value: formatMoney(totals.totalCost),
      aside: null,
      detail: over,
      tone: 'neutral',
      hint: 'Every workload line’s cost, summed over the horizon.',
    },
    {
      name: 'creditsApplied',
      label: KPI_LABELS.creditsApplied,
      value: formatMoney(totals.creditsApplied),
      aside: null,
      detail: `of ${formatMoney(awarded)} in ${poolCount}`,
      tone: 'neutral',
      hint: 'What the credit pools pay, applied the way AWS billing applies them.',
    },
    {
      name: 'cashCost',
      label: KPI_LABELS.cashCost,
      value: formatMoney(totals.cashCost),
      aside: null,
      detail: 'AWS cost no credit pays',
      tone: 'neutral',
      hint: 'Total AWS cost minus what credits pay, including services credits never cover (support, Marketplace, upfront commitments).',
    },
    {
      name: 'creditCoverage',
      label: KPI_LABELS.creditCoverage,
      value: formatPercent(k.creditCoverage),
      aside: null,
      detail: 'of AWS cost paid by credits',
      tone: 'neutral',
      hint: 'Paid by credits ÷ total AWS cost.',
    },
    {
      name: 'creditCliffMonth',
      label: KPI_LABELS.creditCliffMonth,
      value: k.creditCliffMonth === null ? 'None in horizon' : formatMonth(start, k.creditCliffMonth),
      aside: k.creditCliffMonth === null ? null : `month ${k.creditCliffMonth}`,
      detail:
        k.creditCliffMonth === null
          ? `credits cover every month to ${lastMonth}`
          : 'first month with an AWS bill in cash',
      tone: k.creditCliffMonth === null ? 'good' : 'neutral',
      hint: 'The first month in which part of the AWS bill is paid in cash. Months count from 0 at the start month.',
    },
    {
      name: 'creditsForfeited',
      label: KPI_LABELS.creditsForfeited,
      value: formatMoney(k.creditsForfeited),
      aside: null,
      detail: `expire unused by ${lastMonth}${remainingNote}`,
      tone: k.creditsForfeited > CENT ? 'bad' : 'neutral',
      hint: 'Balances lost when pools expire inside the horizon.',
    },
    {
      name: 'cashRunwayMonths',
      label: KPI_LABELS.cashRunwayMonths,
      ...runwayCard,
      hint: 'Months until cash on hand is used up by the other monthly burn plus the AWS cost paid in cash. Past the horizon, the last month’s spend is assumed to continue.',
    },
    {
      name: 'runwayExtensionMonths',
      label: KPI_LABELS.runwayExtensionMonths,
      aside: null,
      ...extensionCard,
      hint: 'Cash runway with these credits minus cash runway with no credits at all.',
    },
  ];
  // As declared (issue 14, item 10): every card whose figure the allocation changes is labelled.
  return cards.map((card) => ({ ...card, asDeclared: changedByAllocation(result.allocation, card.name) }));
}
