// Colour only for a person at a terminal: pipes, files and NO_COLOR get plain text.

export interface Style {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
}

const wrap = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;

export const PLAIN: Style = { bold: (t) => t, dim: (t) => t, red: (t) => t, yellow: (t) => t };
export const ANSI: Style = { bold: wrap(1, 22), dim: wrap(2, 22), red: wrap(31, 39), yellow: wrap(33, 39) };

export function styleFor(isTTY: boolean, env: Record<string, string | undefined>): Style {
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
  return isTTY && !noColor && env.TERM !== 'dumb' ? ANSI : PLAIN;
}

const ANSI_PATTERN = /\u001b\[[0-9;]*m/g;

/** Visible width of a cell, ignoring colour codes (for column alignment). */
export function visibleLength(text: string): number {
  return [...text.replace(ANSI_PATTERN, '')].length;
}
