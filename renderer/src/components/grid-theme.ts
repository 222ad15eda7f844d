// The grids' look, built from the app's own CSS variables so light and dark follow the
// system exactly as the rest of the window does. Defined once: a theme object per render
// would make AG Grid re-inject its styles.
import { colorSchemeVariable, themeQuartz } from 'ag-grid-community';

export const GRID_ROW_HEIGHT = 32;
export const GRID_HEADER_HEIGHT = 34;

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
