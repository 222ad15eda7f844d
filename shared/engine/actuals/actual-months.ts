// The imported actuals (workbook.actuals) arranged by calendar month: the cost of each plan
// service, the AWS services the plan has no service for, and what each credit paid. A month
// the allocation history does not cover, or that AWS could not return, has unknown draws
// (null), never zero; a month inside the imported cost range with no row cost nothing.
import type { Actuals } from '../../model/actuals-schema';
import { serviceForAwsName } from '../../model/aws-services';
import type { BillingService } from '../../model/vocabulary';
import { calendarMonth, monthIndex } from '../compute';

export interface ActualMonth {
  month: string;
  /** Null when no costs were imported for the month. */
  cost: number | null;
  byService: Map<BillingService, number>;
  otherServices: { service: string; cost: number }[];
  /** Credit id -> what it paid; null when unknown. */
  draws: Map<string, number> | null;
  estimated: boolean;
}

export interface ActualsByMonth {
  /** Every month from the first with actuals to throughMonth. */
  months: ActualMonth[];
  throughMonth: string;
}

function range(list: readonly string[]): { first: string; last: string } | null {
  if (list.length === 0) return null;
  let first = list[0];
  let last = list[0];
  for (const m of list) {
    if (m < first) first = m;
    if (m > last) last = m;
  }
  return { first, last };
}

/** The actuals month by month, or null when no month has any (credits alone say no month). */
export function actualsByMonth(actuals: Actuals): ActualsByMonth | null {
  const usage = range(actuals.usage.map((u) => u.month));
  const allocations = actuals.allocationMonths;
  const gaps = new Set(actuals.allocationGaps);
  const throughMonth =
    usage?.last ??
    (allocations === null ? null : range([allocations.last, ...actuals.allocations.map((a) => a.month)])!.last);
  if (throughMonth === null) return null;
  const first = [usage?.first, allocations?.first].filter((m): m is string => m !== undefined).sort()[0];
  const count = monthIndex(throughMonth) - monthIndex(first) + 1;
  const months: ActualMonth[] = Array.from({ length: count }, (_, i) => {
    const month = calendarMonth(first, i);
    const costed = usage !== null && month >= usage.first && month <= usage.last;
    const drawn = allocations !== null && month >= allocations.first && month <= allocations.last && !gaps.has(month);
    return {
      month,
      cost: costed ? 0 : null,
      byService: new Map(),
      otherServices: [],
      draws: drawn ? new Map() : null,
      estimated: false,
    };
  });
  const at = (month: string) => months[monthIndex(month) - monthIndex(first)];
  for (const row of actuals.usage) {
    const m = at(row.month);
    if (m === undefined) continue;
    const service = serviceForAwsName(row.service);
    m.cost = (m.cost ?? 0) + row.cost;
    m.byService.set(service, (m.byService.get(service) ?? 0) + row.cost);
    if (service === 'other') m.otherServices.push({ service: row.service, cost: row.cost });
    m.estimated ||= row.estimated;
  }
  for (const entry of actuals.allocations) {
    const m = at(entry.month);
    if (m === undefined || m.draws === null) continue;
    m.draws.set(entry.creditId, (m.draws.get(entry.creditId) ?? 0) + entry.amount);
    m.estimated ||= entry.estimated;
  }
  return { months, throughMonth };
}
