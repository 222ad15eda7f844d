// The AG Grid features the workbook's grids use, registered one by one instead of the whole
// community bundle: the interface's script is then about half as large, which is most of what
// the window spends before it can show anything. A feature used without its module here makes
// AG Grid log an error, which the end-to-end tests treat as a failure; in development the
// validation module names the missing module.
import {
  CellApiModule,
  CellStyleModule,
  CheckboxEditorModule,
  ClientSideRowModelApiModule,
  ClientSideRowModelModule,
  ColumnApiModule,
  HighlightChangesModule,
  LargeTextEditorModule,
  ModuleRegistry,
  provideGlobalGridOptions,
  PinnedRowModule,
  RenderApiModule,
  RowApiModule,
  RowSelectionModule,
  RowStyleModule,
  ScrollApiModule,
  SelectEditorModule,
  TextEditorModule,
  TooltipModule,
  ValidationModule,
} from 'ag-grid-community';
import { styleNonce } from '../style-nonce';

export function registerGridModules(): void {
  // The theme's injected <style> carries the page's CSP nonce (see style-nonce.ts).
  provideGlobalGridOptions({ styleNonce: styleNonce() });
  ModuleRegistry.registerModules([
    ClientSideRowModelModule,
    // Row changes go over as transactions (components/row-feed.ts).
    ClientSideRowModelApiModule,
    // Editors: text and formulas, notes, model/instance/pool selects, the included/paused boxes.
    TextEditorModule,
    LargeTextEditorModule,
    SelectEditorModule,
    CheckboxEditorModule,
    // Look: cellClass rules for errors and formulas, tooltips with messages, the pinned total row.
    CellStyleModule,
    RowStyleModule,
    TooltipModule,
    PinnedRowModule,
    // The current row, and the jumps from the issues panel (scroll, focus, flash).
    RowSelectionModule,
    HighlightChangesModule,
    RowApiModule,
    ColumnApiModule,
    ScrollApiModule,
    RenderApiModule,
    CellApiModule,
    ...(import.meta.env.DEV ? [ValidationModule] : []),
  ]);
}
