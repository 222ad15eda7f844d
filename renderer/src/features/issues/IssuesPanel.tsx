// Every rule and expression problem of the active scenario, errors first. Clicking one selects
// the row and field it points to, so the grid shows it.
import { memo, useMemo } from 'react';
import type { ScenarioResult } from '../../../../shared/engine';
import { ISSUE_HELP } from '../../../../shared/wording';
import { countIssues, issueCountText, issueViews, type IssueView } from './issue-list';
import { useStore } from '../../store/store';
import { useStaged } from '../../components/use-staged';
import { selectActiveScenario, type SelectionTarget } from '../../store/document-slice';

const EMPTY: ScenarioResult['issues'] = [];

function sameTarget(a: SelectionTarget | null, b: SelectionTarget | null): boolean {
  return a !== null && b !== null && a.kind === b.kind && a.id === b.id && (a.field ?? null) === (b.field ?? null);
}

interface IssueItemProps {
  view: IssueView;
  selected: boolean;
  /** The selected line when it is one of a grouped row's lines (its list marks it), else null. */
  selectedLine: string | null;
  select(target: SelectionTarget): void;
}

/** The same words, place and selection draw nothing again (each result brings new view objects). */
function sameItem(a: IssueItemProps, b: IssueItemProps): boolean {
  const [x, y] = [a.view, b.view];
  return (
    a.selected === b.selected &&
    a.selectedLine === b.selectedLine &&
    a.select === b.select &&
    x.issue.code === y.issue.code &&
    x.issue.severity === y.issue.severity &&
    x.text === y.text &&
    x.message === y.message &&
    x.kindLabel === y.kindLabel &&
    x.name === y.name &&
    x.fieldLabel === y.fieldLabel &&
    (x.target === y.target || sameTarget(x.target, y.target)) &&
    x.lines.length === y.lines.length &&
    x.lines.every((line, i) => line.id === y.lines[i].id && line.name === y.lines[i].name)
  );
}

const IssueItem = memo(function IssueItem({ view: v, selected, selectedLine, select }: IssueItemProps) {
  const error = v.issue.severity === 'error';
  return (
    <li>
      <button
        type="button"
        className={`issue-row ${error ? 'issue-error' : 'issue-warning'}`}
        data-testid="issue-row"
        data-code={v.issue.code}
        data-severity={v.issue.severity}
        aria-pressed={selected}
        disabled={v.target === null}
        onClick={() => v.target !== null && select(v.target)}
        title={`${ISSUE_HELP[v.issue.code] ?? ''}\n\n${v.message}`}
      >
        <span className="issue-icon" aria-hidden>
          {error ? '✖' : '⚠'}
        </span>
        <span className="issue-body">
          <span className="issue-head">
            <span className="issue-severity">{error ? 'Error' : 'Warning'}</span>
            <code className="issue-code">{v.issue.code}</code>
          </span>
          <span className="issue-text">{v.text}</span>
          {v.kindLabel !== null && (
            <span className="issue-where">
              {v.kindLabel} <strong>{v.name}</strong>
              {v.fieldLabel !== null && <> · {v.fieldLabel}</>}
            </span>
          )}
        </span>
      </button>
      {v.lines.length > 1 && (
        <details className="issue-lines" data-testid="issue-lines">
          <summary>Show the {v.lines.length} lines</summary>
          <ul>
            {v.lines.map((line) => (
              <li key={line.id}>
                <button type="button" aria-pressed={selectedLine === line.id} onClick={() => select(line.target)}>
                  {line.name}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}, sameItem);

export function IssuesPanel() {
  const activeId = useStore((s) => s.activeScenarioId);
  const liveScenario = useStore(selectActiveScenario);
  const selection = useStore((s) => s.selection);
  const select = useStore((s) => s.select);
  const liveResult = useStore((s) => s.byScenario.get(activeId));
  // Staged: the KPI cards repaint first; a long list follows in a task of its own.
  const { scenario, result } = useStaged(
    useMemo(() => ({ scenario: liveScenario, result: liveResult }), [liveScenario, liveResult]),
  );
  const issues = result?.issues ?? EMPTY;
  const views = useMemo(() => issueViews(issues, scenario, result), [issues, scenario, result]);
  const { errors, warnings } = countIssues(issues);

  return (
    <div className="issues" data-testid="issues-panel">
      <div className="panel-head">
        <h2>
          Issues{' '}
          <span className="count-badge" data-testid="issue-count" aria-label={issueCountText(issues)}>
            {issues.length}
          </span>
        </h2>
        {issues.length > 0 && (
          <span className="issue-summary">
            {errors > 0 && <span className="bad">✖ {errors}</span>}
            {warnings > 0 && <span className="warn-text">⚠ {warnings}</span>}
          </span>
        )}
      </div>
      {result === undefined ? (
        <p className="placeholder">Checking…</p>
      ) : views.length === 0 ? (
        <div className="issues-empty" data-testid="issues-empty">
          <span className="good" aria-hidden>
            ✓
          </span>
          <div>
            <strong>No issues</strong>
            <div className="muted">Every program rule holds and every value computes.</div>
          </div>
        </div>
      ) : (
        <ul className="issue-list">
          {views.map((v) => (
            <IssueItem
              key={v.key}
              view={v}
              selected={sameTarget(selection, v.target)}
              selectedLine={
                selection?.kind === 'line' && v.lines.some((line) => line.id === selection.id) ? selection.id : null
              }
              select={select}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
