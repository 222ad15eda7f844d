// The Prices panel's columns: what the price is, the value the engine uses (typed over to set
// an override, cleared to go back to the book), its unit, status, date, source and users.
import type { ColDef } from 'ag-grid-community';
import { bundledPriceBook } from '../../../../shared/prices';
import { formatPrice } from '../../../../shared/wording';
import type { WorkbookPrice, PriceRowStatus } from './workbook-prices';

/** The region of the book's own prices (rows without a region of their own). */
const BOOK_REGION = bundledPriceBook().region;

const STATUS_LABELS: Record<PriceRowStatus, string> = {
  listed: 'Listed',
  derived: 'Derived',
  promotion: 'Promotion',
  legacy: 'Legacy',
  unsourced: 'Unsourced',
  override: 'Your override',
};

const STATUS_TIPS: Record<PriceRowStatus, string> = {
  listed: 'A public source lists this price',
  derived: 'Computed from another price by a rule (SageMaker = EC2 x 1.15; batch = 50% of on-demand)',
  promotion: 'A limited-time price',
  legacy: 'A price AWS no longer charges new usage',
  unsourced: 'No price found: type one to set an override',
  override: 'Your own price; clear the cell (Delete) to go back to the book',
};

function priceCellText(value: number | null): string {
  return value === null ? 'missing' : formatPrice(value);
}

/**
 * The lines using a price, the first `shown` of them by name. A price used by thousands of
 * lines would otherwise put a text of thousands of names in one cell, which the browser lays out
 * in full on every change of the page (~140 ms at 50,000 lines).
 */
export function namesText(names: readonly string[], shown: number, separator: string): string {
  if (names.length <= shown) return names.join(separator);
  return `${names.slice(0, shown).join(separator)}${separator}and ${(names.length - shown).toLocaleString('en-US')} more`;
}

export function buildPriceColumns(): ColDef<WorkbookPrice>[] {
  return [
    {
      colId: 'item',
      headerName: 'Price of',
      pinned: 'left',
      width: 230,
      valueGetter: (p) => p.data?.item,
      tooltipValueGetter: (p) => p.data?.key,
    },
    { colId: 'what', headerName: 'What', width: 240, valueGetter: (p) => p.data?.what },
    {
      colId: 'value',
      headerName: 'Price',
      width: 120,
      // An override sets the price for every month, so it is typed on the current row; an earlier
      // period's row (a promotion, a pre-cut price) is the book's record and stays read-only.
      editable: (p) => !(p.data?.effective ?? '').startsWith('through'),
      valueGetter: (p) => p.data?.value,
      valueFormatter: (p) => priceCellText((p.value as number | null | undefined) ?? null),
      cellEditor: 'agTextCellEditor',
      cellClass: 'num',
      cellClassRules: {
        'cell-error': (p) => p.data?.value === null,
        'cell-override': (p) => p.data?.status === 'override',
      },
      headerTooltip: 'Type a price to override the book for this workbook (undoable); Delete goes back to the book',
      tooltipValueGetter: (p) =>
        p.data?.status === 'override'
          ? 'Your override: Delete returns to the price book'
          : p.data?.value === null
            ? 'Missing: type the price to use'
            : undefined,
    },
    { colId: 'unit', headerName: 'Unit', width: 150, valueGetter: (p) => p.data?.unit },
    {
      colId: 'region',
      headerName: 'Region',
      width: 100,
      valueGetter: (p) => p.data?.region || BOOK_REGION,
      headerTooltip: "The price book row's region (eu: every eu-* region)",
    },
    {
      colId: 'effective',
      headerName: 'In force',
      width: 150,
      valueGetter: (p) => p.data?.effective || 'all months',
      headerTooltip: 'The months of the lines this price applies to',
    },
    {
      colId: 'status',
      headerName: 'Status',
      width: 120,
      valueGetter: (p) => (p.data === undefined ? undefined : STATUS_LABELS[p.data.status]),
      cellClassRules: {
        bad: (p) => p.data?.status === 'unsourced',
        'cell-default': (p) => p.data?.status === 'derived' || p.data?.status === 'legacy',
        'cell-promotion': (p) => p.data?.status === 'promotion',
      },
      tooltipValueGetter: (p) =>
        p.data === undefined ? undefined : [STATUS_TIPS[p.data.status], p.data.note].filter((t) => t !== '').join('\n'),
    },
    { colId: 'asOf', headerName: 'As of', width: 105, valueGetter: (p) => p.data?.asOf },
    {
      colId: 'source',
      headerName: 'Source',
      width: 260,
      valueGetter: (p) => p.data?.source,
      tooltipValueGetter: (p) => p.data?.source || undefined,
    },
    {
      colId: 'usedBy',
      headerName: 'Used by',
      width: 240,
      valueGetter: (p) => p.data && namesText(p.data.usedBy, 12, ', '),
      tooltipValueGetter: (p) => p.data && namesText(p.data.usedBy, 40, '\n'),
    },
  ];
}
