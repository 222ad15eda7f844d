// The grids' look, built from the app's own CSS variables so light and dark follow the
// system exactly as the rest of the window does. Defined once: a theme object per render
// would make AG Grid re-inject its styles.
import { colorSchemeVariable, themeQuartz } from 'ag-grid-community';

const GRID_ROW_HEIGHT = 32;
const GRID_HEADER_HEIGHT = 34;

/**
 * A grid's height: its header rows and body rows, plus room for the border and a scrollbar,
 * kept between `min` and `max` (beyond that the grid scrolls and draws only the rows in view).
 */
export function fitGridHeight(headerRows: number, bodyRows: number, min: number, max: number, room = 20): number {
  return Math.min(Math.max(GRID_HEADER_HEIGHT * headerRows + bodyRows * GRID_ROW_HEIGHT + room, min), max);
}

export const gridTheme = themeQuartz.withPart(colorSchemeVariable).withParams({
  backgroundColor: 'var(--surface)',
  foregroundColor: 'var(--text)',
  borderColor: 'var(--border)',
  chromeBackgroundColor: 'var(--surface-2)',
  accentColor: 'var(--accent)',
  browserColorScheme: 'inherit',
  fontFamily: 'inherit',
  fontSize: 13,
  headerFontSize: 12,
  headerFontWeight: 600,
  headerTextColor: 'var(--muted)',
  rowHeight: GRID_ROW_HEIGHT,
  headerHeight: GRID_HEADER_HEIGHT,
  spacing: 6,
  wrapperBorderRadius: 6,
  columnBorder: true,
  selectedRowBackgroundColor: 'var(--accent-soft)',
  pinnedRowFontWeight: 600,
  pinnedRowBackgroundColor: 'var(--surface-2)',
  tooltipBackgroundColor: 'var(--text)',
  tooltipTextColor: 'var(--surface)',
});
