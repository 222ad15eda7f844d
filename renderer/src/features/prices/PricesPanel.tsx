// Prices: every price the workbook's lines use, with the value the engine uses, its unit, date,
// source and status; typing a price sets an override for this workbook (one undo step), Delete
// returns to the book. A PRICE_MISSING issue opens here at the missing price.
import { useCallback, useMemo, useRef } from 'react';
import { DataGrid, type FocusRequest } from '../../components/DataGrid';
import { useStaged } from '../../components/use-staged';
import { GridPanelHead } from '../../components/GridPanelHead';
import { fitGridHeight } from '../../components/grid-theme';
import { parseMoneyInput } from '../../components/grid-format';
import { applyCellByCell, type RangeEdit } from '../../components/grid-writes';
import { commitRangeEdit } from '../../components/commit-range-edit';
import type { SelectionTarget } from '../../store/document-slice';
import { useStore } from '../../store/store';
import type { Workbook } from '../../../../shared/model';
import { buildPriceColumns } from './price-columns';
import { setPriceOverride, type WorkbookPrice } from './workbook-prices';

/** A typed price: empty (or cleared) goes back to the book. */
function parsePrice(raw: unknown): number | null {
  const text = raw === null || raw === undefined ? '' : String(raw).trim();
  return text === '' ? null : parseMoneyInput(text);
}

function applyPrice(wb: Workbook, row: WorkbookPrice | undefined, raw: unknown): Workbook {
  if (row === undefined) return wb;
  return setPriceOverride(wb, row.key, row.field, parsePrice(raw));
}

export function PricesPanel() {
  // Worked out by the engine worker, after the figures (engine-host); staged, so a large
  // workbook's price rows reach the grid in a task of their own.
  const rows = useStaged(useStore((s) => s.prices));
  const commit = useStore((s) => s.commit);
  const rowsRef = useRef(rows);
  rowsRef.current = rows;
  const columnDefs = useMemo(() => buildPriceColumns(), []);
  const panel = useRef<HTMLDivElement>(null);

  const onEdit = useCallback(
    (id: string, _colId: string, value: unknown) => {
      const row = rowsRef.current.find((r) => r.id === id);
      if (row === undefined) return;
      const cleared = value === null || value === undefined || String(value).trim() === '';
      commit(
        cleared ? `Use the book's price of ${row.item} (${row.what})` : `Set the price of ${row.item} (${row.what})`,
        (wb) => applyPrice(wb, row, value),
      );
    },
    [commit],
  );

  const onRangeEdit = useCallback((edit: RangeEdit) => {
    commitRangeEdit(edit, (wb) =>
      applyCellByCell(wb, edit, {
        applyCell: (w, rowId, colId, raw) => ({
          workbook:
            colId === 'value'
              ? applyPrice(
                  w,
                  rowsRef.current.find((r) => r.id === rowId),
                  raw,
                )
              : w,
          rowId,
        }),
        addRow: () => {
          throw new Error('prices come from the lines; add a line that uses a price instead');
        },
      }),
    );
  }, []);

  // A PRICE_MISSING issue names a line: show its missing (else first) price.
  const answers = useCallback((target: SelectionTarget): FocusRequest | null => {
    if (target.kind !== 'price') return null;
    const used = rowsRef.current.filter((r) => r.lineIds.includes(target.id));
    const row = used.find((r) => r.value === null) ?? used[0];
    if (row === undefined) return null;
    panel.current?.scrollIntoView({ block: 'center' });
    return { id: row.id, colId: 'value', flash: true };
  }, []);

  const missing = rows.filter((r) => r.value === null).length;
  return (
    <div className="grid-panel" ref={panel} data-testid="prices-panel">
      <GridPanelHead title="Prices" count={rows.length} toolbarLabel="Price commands">
        {missing > 0 && <span className="bad">{missing} missing: type a price to use</span>}
      </GridPanelHead>
      <DataGrid<WorkbookPrice>
        testId="prices-grid"
        ariaLabel="Prices"
        rowData={rows}
        columnDefs={columnDefs}
        onEdit={onEdit}
        onRangeEdit={onRangeEdit}
        answers={answers}
        height={fitGridHeight(1, rows.length, 120, 420)}
        emptyText="No prices yet: the lines use none (service lines with a monthly cost need no price)."
      />
      <p className="grid-hint">
        The price the engine uses for each line. Type a price to override the book for this workbook; Delete goes back
        to the book. Listed: a public source lists it; derived: computed from another price (SageMaker = EC2 × 1.15,
        batch = 50% of on-demand); promotion and legacy: the book's earlier prices, in force through the month shown (an
        override replaces them for every month). A line outside the book's region shows that region's row.
      </p>
    </div>
  );
}
