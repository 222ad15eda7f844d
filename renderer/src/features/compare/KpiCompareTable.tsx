// The comparison table: one column per scenario, the baseline first; each figure with its change
// against the baseline as an amount and a percentage, an arrow and a word (not colour alone).
import { useMemo } from 'react';
import { AS_DECLARED_LABEL, compareKpiRows, poolIdOf, type CompareColumn } from '../../../../shared/engine';
import { AsDeclaredTag } from '../results/AsDeclaredTag';
import { formatMonth } from '../../../../shared/wording';
import type { ResolvedPick } from './compare-picks';
import { deltaCell, valueCell } from './kpi-cells';
import { useStore } from '../../store/store';

export function KpiCompareTable({
  columns,
  picks,
}: {
  columns: readonly CompareColumn[];
  picks: readonly ResolvedPick[];
}) {
  const setBaseline = useStore((s) => s.setCompareBaseline);
  const move = useStore((s) => s.moveComparePick);
  const togglePick = useStore((s) => s.toggleComparePick);
  const rows = useMemo(() => compareKpiRows(columns), [columns]);
  const firstPoolRow = rows.findIndex((r) => poolIdOf(r.key) !== null);

  return (
    <div className="table-scroll">
      <table className="results-table compare-table" data-testid="compare-kpi-table">
        <thead>
          <tr>
            <th scope="col" className="cmp-figure-head">
              Figure
            </th>
            {picks.map((p, i) => (
              <th scope="col" key={p.key} className="num cmp-col-head" data-testid={`cmp-head-${i}`}>
                <div className="cmp-col-name">{p.label}</div>
                <div className="cell-sub">
                  {p.fileName} · from {formatMonth(p.scenario.startMonth, 0)}
                </div>
                <AsDeclaredTag
                  show={p.result?.allocation === 'as-declared'}
                  testId={`cmp-as-declared-${i}`}
                  prefix="credits "
                />
                <div className="cmp-col-tools">
                  {i === 0 ? (
                    <span className="tag tag-baseline">Baseline</span>
                  ) : (
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => setBaseline(p.key)}
                      data-testid={`cmp-baseline-${i}`}
                      title="Compare every column against this one"
                    >
                      Make baseline
                    </button>
                  )}
                  <button
                    type="button"
                    className="icon-button"
                    disabled={i === 0}
                    onClick={() => move(p.key, -1)}
                    aria-label={`Move ${p.label} left`}
                    title="Move left"
                  >
                    ←
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    disabled={i === picks.length - 1}
                    onClick={() => move(p.key, 1)}
                    aria-label={`Move ${p.label} right`}
                    title="Move right"
                  >
                    →
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    onClick={() => togglePick(p.pick)}
                    aria-label={`Stop comparing ${p.label}`}
                    title="Remove from the comparison"
                  >
                    ×
                  </button>
                </div>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <RowView key={row.key} row={row} picks={picks} groupStart={r === firstPoolRow} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Scenario KPIs exist everywhere; a pool row only where the scenario has that pool. */
function hasPool(pick: ResolvedPick, poolId: string | null): boolean {
  return poolId === null || (pick.result?.pools.some((x) => x.id === poolId) ?? false);
}

function RowView({
  row,
  picks,
  groupStart,
}: {
  row: ReturnType<typeof compareKpiRows>[number];
  picks: readonly ResolvedPick[];
  groupStart: boolean;
}) {
  const poolId = poolIdOf(row.key);
  return (
    <>
      {groupStart && (
        <tr className="cmp-group-row">
          <th colSpan={picks.length + 1} scope="colgroup">
            Credit pools
          </th>
        </tr>
      )}
      <tr>
        <th scope="row">{row.label}</th>
        {picks.map((p, i) => {
          const value = valueCell(row, row.values[i] ?? null, { result: p.result!, company: p.company });
          const delta = deltaCell(row, i, { base: hasPool(picks[0], poolId), here: hasPool(p, poolId) });
          return (
            <td key={p.key} className="num cmp-cell">
              <div
                className={`cmp-value ${value.muted ? 'muted' : ''}`}
                data-testid={`cmp-${row.key}-${i}`}
                title={value.title}
              >
                {value.text}
                {value.asDeclared === true && <div className="cmp-declared">{AS_DECLARED_LABEL}</div>}
              </div>
              {delta !== null && (
                <div
                  className={`cmp-delta ${delta.verdict ?? ''}`}
                  data-testid={`cmp-${row.key}-${i}-delta`}
                  title={delta.title}
                >
                  {delta.arrow !== '' && <span aria-hidden>{delta.arrow} </span>}
                  {delta.text}
                  {(delta.verdict === 'better' || delta.verdict === 'worse') && (
                    <span className="cmp-verdict"> · {delta.verdict}</span>
                  )}
                </div>
              )}
            </td>
          );
        })}
      </tr>
    </>
  );
}
