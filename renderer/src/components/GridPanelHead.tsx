// The head of a grid panel: its title with the row count, and its row commands as a toolbar.
import type { ReactNode } from 'react';

export function GridPanelHead({
  title,
  count,
  toolbarLabel,
  children,
}: {
  title: string;
  count: number;
  toolbarLabel: string;
  children: ReactNode;
}) {
  return (
    <div className="panel-head">
      <h2>
        {title} <span className="grid-count">{count}</span>
      </h2>
      <div className="panel-actions" role="toolbar" aria-label={toolbarLabel}>
        {children}
      </div>
    </div>
  );
}
