// The CLI's JSON shape for one scenario (handbook contracts): plain numbers in USD, month
// offsets, calendar month strings. Typed arrays become plain arrays here and only here.
import { calendarMonth } from '../compute/calendar';
import type { ActualsResult, Issue, Kpis, ScenarioResult } from '../compute/results';

/** The contract's issue: severity, code, message, the target fields, then the parameters. */
export type IssueJson = Omit<Issue, 'params'> & { message: string; params: Issue['params'] };

export interface ScenarioJson {
  id: string;
  name: string;
  /** The KPIs, and whether the runway was extrapolated past the horizon (rev 2). */
  kpis: Kpis & { runwayExtrapolated: boolean };
  pools: {
    id: string;
    name: string;
    program: string;
    amount: number;
    used: number;
    forfeited: number;
    remaining: number;
    expiryMonth: number;
    depletionMonth: number | null;
    monthsFunded: number | null;
    declared: number;
    milestones: { used75: number | null; used100: number | null; expiry60Days: number; expiry30Days: number };
  }[];
  lines: { id: string; name: string; total: number; monthly: number[] }[];
  months: {
    index: number;
    month: string;
    cost: number;
    credits: number;
    cash: number;
    pools: Record<string, { draw: number; balance: number }>;
  }[];
  issues: readonly IssueJson[];
  /** Only after an import of AWS actuals (contracts, revision 2). */
  actuals?: ActualsResult;
}

/** An issue as the contract writes it, with its message. */
export function issueJson(issue: Issue, message: string): IssueJson {
  const { severity, code, params, ...target } = issue;
  return { severity, code, message, ...target, params };
}

/**
 * `wordIssue` gives an issue's message: the engine reports issues as data, and the caller (the
 * CLI) words them with shared/wording.
 */
export function scenarioResultToJson(r: ScenarioResult, wordIssue: (issue: Issue) => string): ScenarioJson {
  return {
    id: r.id,
    name: r.name,
    kpis: { ...r.kpis, runwayExtrapolated: r.runwayExtrapolated },
    pools: r.pools.map((p) => ({
      id: p.id,
      name: p.name,
      program: p.program,
      amount: p.amount,
      used: p.used,
      forfeited: p.forfeited,
      remaining: p.remaining,
      expiryMonth: p.expiryMonth,
      depletionMonth: p.depletionMonth,
      monthsFunded: p.monthsFunded,
      declared: p.declared,
      milestones: { ...p.milestones },
    })),
    lines: r.lines.map((l) => ({ id: l.id, name: l.name, total: l.total, monthly: Array.from(l.monthly) })),
    months: Array.from(r.cost, (cost, index) => {
      const pools: Record<string, { draw: number; balance: number }> = {};
      for (const p of r.pools) pools[p.id] = { draw: p.draw[index], balance: p.balance[index] };
      return {
        index,
        month: calendarMonth(r.startMonth, index),
        cost,
        credits: r.credits[index],
        cash: r.cash[index],
        pools,
      };
    }),
    issues: r.issues.map((issue) => issueJson(issue, wordIssue(issue))),
    ...(r.actuals === undefined ? {} : { actuals: r.actuals }),
  };
}
