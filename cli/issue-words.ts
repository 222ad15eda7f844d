// Issues in words at the CLI's edge: the engine reports code, target and parameters, and the
// CLI's JSON and tables carry the message composed here (shared/wording).
import { issueJson, type Issue, type IssueJson, type ScenarioResult } from '../shared/engine';
import { issueMessage, namesFrom } from '../shared/wording';

/** The message of each of a result's issues, naming its lines and pools as the result does. */
export function issueWording(result: ScenarioResult): (issue: Issue) => string {
  const names = namesFrom(result);
  return (issue) => issueMessage(issue, names);
}

/** The contract's JSON issues: severity, code, message, the target fields, then the parameters. */
export function issuesJson(result: ScenarioResult): IssueJson[] {
  const word = issueWording(result);
  return result.issues.map((issue) => issueJson(issue, word(issue)));
}
