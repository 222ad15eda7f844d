// Text at the edge: the words the app and the CLI show for what the engine reports as data.
export { issueMessage, issueWords, namesById, namesFrom, type IssueNames } from './issue-text';
export { expressionFailureText, expressionProblemText } from './expression-errors';
export { groupedInteger } from './numbers';
export { linkText } from './change-text';
export { uncomputedText } from './uncomputed-text';
export * from './format-money';
export * from './format-month';
export * from './allocation-text';
export { groupIssues, groupLineIds, groupWords, lineNamesText, type IssueGroup } from './issue-groups';
export { ISSUE_HELP, issueFieldLabel } from './issue-help';
