// A based-on scenario's problems (resolved in shared/model/linked-scenarios.ts) as issues of that
// scenario: a base that cannot be found leaves the scenario uncomputed (an error); a change that
// cannot be applied leaves that cell as the base has it (a warning). Worded in shared/wording.
import type { Scenario } from '../../model';
import type { Issue } from './results';

const NONE: readonly Issue[] = Object.freeze([]);

export function linkIssues(scenario: Scenario): readonly Issue[] {
  const problems = scenario.link?.problems;
  if (problems === undefined || problems.length === 0) return NONE;
  return problems.map(({ code, lineId, poolId, ...params }) => {
    const target = { ...(lineId !== undefined ? { lineId } : {}), ...(poolId !== undefined ? { poolId } : {}) };
    const severity = code === 'LINK_BASE_MISSING' || code === 'LINK_CYCLE' ? 'error' : 'warning';
    return { severity, code, params, ...target } as Issue;
  });
}
