// Month by month: what AWS costs, what credits pay, what is paid in cash, and each pool's draw
// and end balance. The credit cliff row is marked; a totals row closes the table.
import { Fragment, useMemo } from 'react';
import { formatMoneyCents } from '../../../../shared/wording';
import { AsDeclaredTag } from './AsDeclaredTag';
import { buildMonthlyView } from './monthly-rows';
import { useStore } from '../../store/store';

function Money({ value, className = '', title }: { value: number; className?: string; title?: string }) {
  const zero = Math.abs(value) < 0.005;
  return (
    <td className={`num ${zero ? 'zero' : ''} ${className}`} title={title}>
      {formatMoneyCents(value)}
    </td>
  );
}

export function MonthlyTable() {
  const activeId = useStore((s) => s.activeScenarioId);
  const result = useStore((s) => s.byScenario.get(activeId));
  const view = useMemo(() => (result === undefined ? null : buildMonthlyView(result)), [result]);

  if (view === null) return <p className="placeholder">Computing…</p>;
  const { pools, rows, totals } = view;

  return (
    <div className="table-scroll monthly-scroll">
      <table className="results-table monthly" data-testid="monthly-table">
        <thead>
          <tr className="group-row">
            <th colSpan={4}>
              <AsDeclaredTag show={result?.allocation === 'as-declared'} testId="monthly-as-declared" />
            </th>
            {pools.map((p) => (
              <th key={p.id} colSpan={2} className="group pool-group" title={`Pool ${p.id}`}>
                {p.name}
              </th>
            ))}
          </tr>
          <tr>
            <th scope="col">Month</th>
            <th scope="col" className="num">
              AWS cost
            </th>
            <th scope="col" className="num">
              Paid by credits
            </th>
            <th scope="col" className="num">
              Paid in cash
            </th>
            {pools.map((p) => (
              <Fragment key={p.id}>
                <th scope="col" className="num pool-first" title={`Drawn from ${p.name} this month`}>
                  Draw
                </th>
                <th
                  scope="col"
                  className="num"
                  title={`${p.name}'s balance at the end of the month, after any forfeit`}
                >
                  End balance
                </th>
              </Fragment>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr
              key={r.index}
              data-testid={`month-${r.index}`}
              className={r.isCliff ? 'cliff-row' : r.isActual ? 'actual-row' : undefined}
              aria-current={r.isCliff ? 'true' : undefined}
            >
              <th scope="row" className="month-cell" title={`Month ${r.index} of the scenario`}>
                {r.month}
                {r.isActual && (
                  <span
                    className="tag"
                    title="A month with AWS actuals: its figures are in Plan vs actual; the forecast here starts after it"
                  >
                    actual
                  </span>
                )}
                {r.isCliff && (
                  <span className="tag tag-cliff" title="First month with an AWS bill paid in cash">
                    ▲ credit cliff
                  </span>
                )}
              </th>
              <Money value={r.cost} />
              <Money value={r.credits} />
              <Money value={r.cash} className={r.cash >= 0.005 ? 'cash-cell' : ''} />
              {r.pools.map((c, i) => (
                <Fragment key={pools[i].id}>
                  <Money value={c.draw} className="pool-first" />
                  {c.forfeited >= 0.005 ? (
                    <td
                      className="num forfeit-cell"
                      title={`${formatMoneyCents(c.forfeited)} forfeited: the pool expires at the end of ${r.month}`}
                    >
                      <span className="cell-marker" aria-hidden>
                        ⚠
                      </span>
                      {formatMoneyCents(c.balance)}
                      <div className="cell-note">{formatMoneyCents(c.forfeited)} forfeited</div>
                    </td>
                  ) : c.balance === null ? (
                    <td
                      className="num zero"
                      title={`${pools[i].name} is not available yet: its award starts in a later month`}
                    >
                      —
                    </td>
                  ) : (
                    <Money value={c.balance} />
                  )}
                </Fragment>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-testid="monthly-totals">
            <th scope="row">Total</th>
            <Money value={totals.cost} />
            <Money value={totals.credits} />
            <Money value={totals.cash} />
            {pools.map((p, i) => (
              <Fragment key={p.id}>
                <Money value={totals.draws[i]} className="pool-first" />
                <td className="num muted" title="Forfeited at expiry over the horizon">
                  {totals.forfeited[i] >= 0.005 ? `${formatMoneyCents(totals.forfeited[i])} forfeited` : ''}
                </td>
              </Fragment>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
