// One row per credit pool: what it holds, what the applications claim under it, what billing
// actually draws, and when it runs out, expires and triggers AWS's e-mails.
import { useMemo } from 'react';
import { footedTotals } from '../../../../shared/engine';
import { formatMoneyCents } from '../../../../shared/wording';
import { AsDeclaredTag } from './AsDeclaredTag';
import { poolRowView, poolTotals, type MilestoneView } from './pool-rows';
import { useStore } from '../../store/store';
import { useStaged } from '../../components/use-staged';
import { selectActiveScenario } from '../../store/document-slice';

interface MoneyProps {
  value: number;
  testId?: string;
  className?: string;
  title?: string;
  /** A symbol before the figure, so a flagged cell is not told by colour alone. */
  marker?: string;
}

function Money({ value, testId, className = '', title, marker }: MoneyProps) {
  const zero = Math.abs(value) < 0.005;
  return (
    <td className={`num ${zero ? 'muted' : ''} ${className}`} data-testid={testId} title={title}>
      {marker !== undefined && (
        <span className="cell-marker" aria-hidden>
          {marker}
        </span>
      )}
      {formatMoneyCents(value)}
    </td>
  );
}

function Milestone({ m, testId, className = '' }: { m: MilestoneView; testId: string; className?: string }) {
  return (
    <td className={`month-cell ${m.afterHorizon ? 'muted' : ''} ${className}`} data-testid={testId} title={m.hint}>
      {m.text}
    </td>
  );
}

export function PoolResultsTable() {
  const activeId = useStore((s) => s.activeScenarioId);
  const liveScenario = useStore(selectActiveScenario);
  const liveResult = useStore((s) => s.byScenario.get(activeId));
  // Staged: the KPI cards repaint first; the table follows in a task of its own.
  const { scenario, result } = useStaged(
    useMemo(() => ({ scenario: liveScenario, result: liveResult }), [liveScenario, liveResult]),
  );
  const rows = useMemo(() => {
    if (result === undefined) return [];
    // Used is the sum of the pool's draw column in the monthly table, to the cent.
    const { poolUsed } = footedTotals(result);
    return result.pools.map((p, i) => poolRowView(p, result, scenario, poolUsed[i]));
  }, [result, scenario]);

  if (result === undefined) return <p className="placeholder">Computing…</p>;
  if (rows.length === 0)
    return <p className="placeholder">This scenario has no credit pools. Add one in the Credit pools table.</p>;
  const totals = poolTotals(rows);

  return (
    <div className="table-scroll">
      <table className="results-table pool-results" data-testid="pool-results-table">
        <thead>
          <tr className="group-row">
            <th />
            <th colSpan={5} className="group">
              Amounts over the horizon
              <AsDeclaredTag show={result.allocation === 'as-declared'} testId="pool-results-as-declared" />
            </th>
            <th colSpan={3} className="group">
              Timing
            </th>
            <th colSpan={4} className="group" title="AWS e-mails the account at these points">
              AWS e-mails the account at
            </th>
          </tr>
          <tr>
            <th scope="col">Pool</th>
            <th scope="col" className="num" title="The credit award">
              Amount
            </th>
            <th
              scope="col"
              className="num"
              title="What the lines funded by this pool cost: the budget its application claims"
            >
              Declared
            </th>
            <th scope="col" className="num" title="What AWS billing draws from this pool">
              Used
            </th>
            <th scope="col" className="num" title="Lost at expiry inside the horizon">
              Forfeited
            </th>
            <th scope="col" className="num" title="Balance left at the end of the horizon">
              Remaining
            </th>
            <th scope="col" title="The month in which the last dollar is spent; months count from 0 at the start month">
              Used up in
            </th>
            <th scope="col" title="The last month the pool pays; what is left is forfeited at its end">
              Usable through
            </th>
            <th scope="col" className="num" title="Months from the pool's start until it runs out">
              Months funded
            </th>
            <th scope="col" className="pool-first">
              75% used
            </th>
            <th scope="col">100% used</th>
            <th scope="col">60 days left</th>
            <th scope="col">30 days left</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr
              key={r.id}
              data-testid={`pool-row-${r.id}`}
              className={r.status === 'excluded' ? 'row-excluded' : undefined}
            >
              <th scope="row" className="pool-name-cell">
                <span data-testid={`pool-${r.id}-name`}>{r.name}</span>
                {r.status !== null && <span className="tag">{r.status}</span>}
                <div className={r.nameIsProgram ? 'visually-hidden' : 'cell-sub'} data-testid={`pool-${r.id}-program`}>
                  {r.programName}
                </div>
              </th>
              <Money value={r.amount} testId={`pool-${r.id}-amount`} />
              <Money
                value={r.declared}
                testId={`pool-${r.id}-declared`}
                className={r.overDeclared ? 'warn-cell' : ''}
                marker={r.overDeclared ? '⚠' : undefined}
                title={
                  r.overDeclared
                    ? `Lines claim ${formatMoneyCents(r.declared - r.amount)} more than this pool holds`
                    : undefined
                }
              />
              <Money value={r.used} testId={`pool-${r.id}-used`} />
              <Money
                value={r.forfeited}
                testId={`pool-${r.id}-forfeited`}
                className={r.forfeited >= 0.005 ? 'bad' : ''}
              />
              <Money value={r.remaining} testId={`pool-${r.id}-remaining`} />
              <td className="month-cell" data-testid={`pool-${r.id}-depletion`} title={r.depletionHint}>
                {r.depletion}
                {r.depletionOffset !== null && <div className="cell-sub">{r.depletionOffset}</div>}
              </td>
              <td className="month-cell" data-testid={`pool-${r.id}-expiry`} title={r.expiryHint}>
                {r.expiry}
                <div className="cell-sub">{r.expiryNote}</div>
              </td>
              <td className="num" data-testid={`pool-${r.id}-monthsFunded`}>
                {r.monthsFunded}
              </td>
              <Milestone m={r.used75} testId={`pool-${r.id}-used75`} className="pool-first" />
              <Milestone m={r.used100} testId={`pool-${r.id}-used100`} />
              <Milestone m={r.expiry60} testId={`pool-${r.id}-expiry60`} />
              <Milestone m={r.expiry30} testId={`pool-${r.id}-expiry30`} />
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-testid="pool-totals">
            <th scope="row">Total</th>
            <Money value={totals.amount} testId="pool-total-amount" />
            <Money value={totals.declared} testId="pool-total-declared" />
            <Money value={totals.used} testId="pool-total-used" />
            <Money
              value={totals.forfeited}
              testId="pool-total-forfeited"
              className={totals.forfeited >= 0.005 ? 'bad' : ''}
            />
            <Money value={totals.remaining} testId="pool-total-remaining" />
            <td colSpan={7} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
