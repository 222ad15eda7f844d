// What changed from one compared scenario to another: lines, pools and assumptions added, removed
// or changed (field by field, old -> new), each with its effect on cost, and changed settings.
import { useId } from 'react';
import type { FieldChange, RowDiff, ScenarioDiff } from '../../../../shared/engine';
import type { Scenario } from '../../../../shared/model';
import type { ResolvedPick } from './compare-picks';
import { changeView, diffSummary, FIGURE_LABELS, STATUS_LABELS, STATUS_MARKS } from './diff-view';
import { formatMoneyDelta, formatMoneyWhole, formatPercentDelta } from '../../../../shared/wording';
import { useStore } from '../../store/store';

export interface DiffPanelProps {
  picks: readonly ResolvedPick[];
  from: ResolvedPick;
  to: ResolvedPick;
  diff: ScenarioDiff;
}

export function DiffPanel({ picks, from, to, diff }: DiffPanelProps) {
  const setDiff = useStore((s) => s.setDiff);
  const id = useId();
  const effect = diff.totalCostEffect;
  const pct = diff.totalCostBefore === 0 ? null : effect / Math.abs(diff.totalCostBefore);
  const sides = { before: from.scenario, after: to.scenario };
  const groups = [
    { noun: 'line', title: 'Workload lines', rows: diff.lines },
    { noun: 'pool', title: 'Credit pools', rows: diff.pools },
    { noun: 'assumption', title: 'Assumptions', rows: diff.assumptions },
  ];

  return (
    <div className="compare-diff" data-testid="compare-diff">
      <div className="diff-pickers">
        <label htmlFor={`${id}-from`}>From</label>
        <select
          id={`${id}-from`}
          value={from.key}
          onChange={(e) => setDiff(e.target.value, to.key)}
          data-testid="diff-from"
        >
          {picks.map((p) => (
            <option key={p.key} value={p.key}>
              {p.label}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-to`}>to</label>
        <select
          id={`${id}-to`}
          value={to.key}
          onChange={(e) => setDiff(from.key, e.target.value)}
          data-testid="diff-to"
        >
          {picks.map((p) => (
            <option key={p.key} value={p.key}>
              {p.label}
            </option>
          ))}
        </select>
      </div>
      <p className="diff-total" data-testid="diff-total">
        Total cost {formatMoneyWhole(diff.totalCostBefore)} → {formatMoneyWhole(diff.totalCostAfter)}:{' '}
        <strong className={Math.abs(effect) < 0.5 ? '' : effect < 0 ? 'good' : 'bad'}>
          {Math.abs(effect) < 0.5
            ? 'no change'
            : `${effect < 0 ? '▼' : '▲'} ${formatMoneyDelta(effect, formatMoneyWhole)}${pct === null ? '' : ` (${formatPercentDelta(pct)})`} · ${effect < 0 ? 'cheaper' : 'dearer'}`}
        </strong>
      </p>
      <p className="muted small">{diffSummary(groups, diff.settings.length)}</p>
      {from.key === to.key && <p className="muted">Choose two different scenarios to see what changed.</p>}

      {diff.settings.length > 0 && (
        <section className="diff-section" aria-label="Settings">
          <h3>Settings</h3>
          <ul className="diff-changes" data-testid="diff-settings">
            {diff.settings.map((c) => (
              <ChangeItem key={c.field} kind="setting" change={c} sides={sides} />
            ))}
          </ul>
        </section>
      )}
      {groups.map((g) =>
        g.rows.length === 0 ? null : (
          <section className="diff-section" key={g.noun} aria-label={g.title}>
            <h3>{g.title}</h3>
            <div className="table-scroll">
              <table className="results-table diff-table">
                <thead>
                  <tr>
                    <th scope="col">Change</th>
                    <th scope="col">
                      {g.title.replace(/s$/, '').replace('Workload line', 'Line').replace('Credit pool', 'Pool')}
                    </th>
                    <th scope="col">What changed</th>
                    {g.noun !== 'assumption' && (
                      <>
                        <th scope="col" className="num">
                          {FIGURE_LABELS[g.rows[0].kind]}, before
                        </th>
                        <th scope="col" className="num">
                          after
                        </th>
                        <th scope="col" className="num">
                          Effect
                        </th>
                      </>
                    )}
                  </tr>
                </thead>
                <tbody>
                  {g.rows.map((row) => (
                    <DiffRow key={`${row.status}-${row.id}`} row={row} sides={sides} />
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        ),
      )}
    </div>
  );
}

type Sides = { before: Scenario; after: Scenario };

function ChangeItem({ kind, change, sides }: { kind: RowDiff['kind'] | 'setting'; change: FieldChange; sides: Sides }) {
  const v = changeView(kind, change, sides.before, sides.after);
  return (
    <li>
      <span className="diff-field">{v.label}:</span> <span className="diff-before">{v.before}</span>{' '}
      <span aria-label="becomes">→</span> <span className="diff-after">{v.after}</span>
      {v.note !== null && <span className="muted small"> ({v.note})</span>}
    </li>
  );
}

function DiffRow({ row, sides }: { row: RowDiff; sides: Sides }) {
  const figure = (x: number | null) => (x === null ? '—' : formatMoneyWhole(x));
  // For a line more cost is bad news; for a pool more credits used is good news.
  const tone =
    row.effect === null || Math.abs(row.effect) < 0.5 ? '' : row.effect > 0 === (row.kind === 'line') ? 'bad' : 'good';
  return (
    <tr className={`diff-${row.status}`} data-testid={`diff-${row.kind}-${row.id}`}>
      <td className="diff-status">
        <span className={`tag diff-tag-${row.status}`}>
          <span aria-hidden>{STATUS_MARKS[row.status]} </span>
          {STATUS_LABELS[row.status]}
        </span>
      </td>
      <th scope="row">
        {row.name || row.id}
        {row.matchedBy === 'name' && <span className="cell-sub"> (matched by name)</span>}
      </th>
      <td className="diff-what">
        {row.status === 'added' ? (
          <span className="muted">new in “to”</span>
        ) : row.status === 'removed' ? (
          <span className="muted">not in “to”</span>
        ) : (
          <ul className="diff-changes">
            {row.changes.map((c) => (
              <ChangeItem key={c.field} kind={row.kind} change={c} sides={sides} />
            ))}
          </ul>
        )}
      </td>
      {row.kind !== 'assumption' && (
        <>
          <td className="num">{figure(row.before)}</td>
          <td className="num">{figure(row.after)}</td>
          <td className={`num ${tone}`}>
            {row.effect === null || Math.abs(row.effect) < 0.5 ? (
              <span className="muted">no effect</span>
            ) : (
              formatMoneyDelta(row.effect, formatMoneyWhole)
            )}
          </td>
        </>
      )}
    </tr>
  );
}
