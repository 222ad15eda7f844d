// The lines grid's rows, built a part at a time. A scenario of 12,500 lines takes tens of
// milliseconds to turn into rows (its cell issues, the footed money columns, the rows
// themselves), more on a busy machine: built in one go, that is one long task of the page. Here
// a large scenario's rows are built over several tasks, starting in the task after the change;
// the grid keeps showing the rows it has until all are built, then gets them at once (its row
// feed hands them on in parts). A small scenario is built at once.
// The grid's columns go with the rows they were made for (`columns`): columns changed over the
// rows of the document before would make AG Grid redraw those rows' cells for nothing. Another
// document takes three tasks: the grid is emptied, then gets its new columns, then the rows.
import { useEffect, useRef, useState } from 'react';
import type { ScenarioResult } from '../../../../shared/engine';
import type { Line } from '../../../../shared/model';
import { indexIssues, issueRow } from '../../components/grid-issues';
import { buildLineRows, lineRowsBuilder, type LineRow, type LineRowsBuilt } from './line-rows';
import type { QuantityPreview } from './quantity-preview';

/** Rows built per task: 2,000 made scripts of 60-70 ms on a busy machine (load ~7, long-animation-frame attribution). */
export const ROWS_PART = 1_000;

const NO_ROWS: LineRowsBuilt['rows'] = [];

export function useLineRows<C>(
  lines: readonly Line[],
  result: ScenarioResult | undefined,
  preview: QuantityPreview,
  changed: ReadonlyMap<string, ReadonlySet<string> | 'added'> | undefined,
  columns: C,
): LineRowsBuilt & { columns: C } {
  /** The rows last built, by id: a row whose line, figures and issues are the same is kept. */
  const previous = useRef<ReadonlyMap<string, LineRow>>(new Map());
  const [shown, setShown] = useState(() => {
    const built = buildLineRows(lines, result, indexIssues(result, issueRow.line), preview, previous.current, changed);
    previous.current = built.byId;
    return { built, columns };
  });
  const shownRef = useRef(shown);
  shownRef.current = shown;
  /** The inputs of the rows shown (or being shown). */
  const builtFrom = useRef<readonly unknown[]>([lines, result, preview, changed, columns]);
  useEffect(() => {
    const from = [lines, result, preview, changed, columns];
    if (from.every((input, i) => input === builtFrom.current[i])) return;
    const builder = lineRowsBuilder(
      lines,
      result,
      () => indexIssues(result, issueRow.line),
      preview,
      previous.current,
      changed,
    );
    let timer: ReturnType<typeof setTimeout> | undefined;
    const show = (built: LineRowsBuilt) => {
      previous.current = built.byId;
      builtFrom.current = from;
      setShown({ built, columns });
    };
    const next = (run: () => void) => (timer = setTimeout(run, 0));
    const finish = () => {
      const built = builder.built();
      const before = shownRef.current;
      const first = before.built.rows[0];
      if (columns === before.columns || first === undefined || built.byId.has(first.id)) return show(built);
      // Another document: the grid is emptied, gets its columns, then its rows, a task each.
      const empty = { rows: NO_ROWS, byId: new Map<string, LineRow>(), total: built.total };
      setShown({ built: empty, columns: before.columns });
      next(() => {
        setShown({ built: empty, columns });
        next(() => show(built));
      });
    };
    const buildPart = () => (builder.step(ROWS_PART) ? finish() : next(buildPart));
    if (lines.length > ROWS_PART) next(buildPart);
    else {
      while (!builder.step(ROWS_PART));
      finish();
    }
    // Newer lines or results start a new build; this one's parts stop.
    return () => clearTimeout(timer);
  }, [lines, result, preview, changed, columns]);
  return { ...shown.built, columns: shown.columns };
}
