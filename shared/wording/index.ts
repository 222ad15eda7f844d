// Text at the edge: the words the app and the CLI show for what the engine reports as data.
export {
  expressionProblemText,
  issueMessage,
  issueWords,
  namesFrom,
  type IssueNames,
  type IssueWords,
} from './issue-text';
export { groupedInteger, wholeUsd } from './numbers';
export { changeText, linkText } from './change-text';
