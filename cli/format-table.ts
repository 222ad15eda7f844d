// Plain-text tables with aligned columns: text to the left, figures to the right, two spaces
// between columns, so that a summary reads calmly in a terminal or a pasted email.
import { visibleLength } from './style';

export interface Column {
  header: string;
  align?: 'left' | 'right';
}

function pad(text: string, width: number, align: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, width - visibleLength(text)));
  return align === 'right' ? fill + text : text + fill;
}

/** Renders rows under their headers; each line is indented by `indent` spaces, trailing spaces trimmed. */
export function formatTable(columns: readonly Column[], rows: readonly (readonly string[])[], indent = 2): string {
  const widths = columns.map((c, i) =>
    Math.max(visibleLength(c.header), ...rows.map((r) => visibleLength(r[i] ?? ''))),
  );
  const prefix = ' '.repeat(indent);
  const render = (cells: readonly string[]) =>
    (prefix + columns.map((c, i) => pad(cells[i] ?? '', widths[i]!, c.align ?? 'left')).join('  ')).trimEnd();
  const rule = prefix + widths.map((w) => '-'.repeat(w)).join('  ');
  return [render(columns.map((c) => c.header)), rule, ...rows.map(render)].join('\n');
}

/** Label/value pairs, labels left-aligned in one column. */
export function formatPairs(pairs: readonly (readonly [string, string])[], indent = 2): string {
  const width = Math.max(0, ...pairs.map(([label]) => visibleLength(label)));
  const prefix = ' '.repeat(indent);
  return pairs.map(([label, value]) => `${prefix}${pad(label, width, 'left')}  ${value}`.trimEnd()).join('\n');
}
