// The folder fences of docs/architecture.md as data, and a checker for one import.
import path from 'node:path';

interface Fence {
  /** Repo-relative folder the rule applies to. */
  folder: string;
  /** Repo-relative folders this folder may import from (its own folder is always allowed). */
  folders: string[];
  /** Bare package names (or prefixes ending in "/" or "*") it may import. */
  packages: string[];
}

// Most specific folder first.
export const FENCES: Fence[] = [
  // The model builds each line kind's schema from its module in shared/kinds.
  { folder: 'shared/model', folders: ['shared/kinds'], packages: ['zod'] },
  // A line kind's module: fields, defaults, prices used, cost formula. Types only from the schema,
  // so that the engine's worker, which runs the formulas, never loads the schema library.
  { folder: 'shared/kinds', folders: ['shared/model', 'shared/prices'], packages: [] },
  { folder: 'shared/prices', folders: ['shared/model', 'shared/kinds', 'assets'], packages: [] },
  { folder: 'shared/expr', folders: [], packages: ['mathjs', 'mathjs/number'] },
  // The engine by concern: the compute pipeline and its speed machinery work hand in hand;
  // reporting reads computed results; edits change workbooks and compute nothing.
  {
    folder: 'shared/engine/compute',
    folders: ['shared/model', 'shared/kinds', 'shared/prices', 'shared/expr', 'shared/engine/speed'],
    packages: [],
  },
  {
    folder: 'shared/engine/speed',
    folders: ['shared/model', 'shared/prices', 'shared/expr', 'shared/engine/compute'],
    packages: [],
  },
  { folder: 'shared/engine/report', folders: ['shared/model', 'shared/expr', 'shared/engine/compute'], packages: [] },
  {
    folder: 'shared/engine/edits',
    folders: ['shared/model', 'shared/kinds', 'shared/prices', 'shared/expr'],
    packages: [],
  },
  // Imported actuals wrap the compute pipeline: plan against actual, replay, forecast from today.
  { folder: 'shared/engine/actuals', folders: ['shared/model', 'shared/engine/compute'], packages: [] },
  { folder: 'shared/engine', folders: ['shared/model', 'shared/prices', 'shared/expr'], packages: [] },
  // Ranges (Monte Carlo, goal seek, sensitivity) drive the engine through its public entry.
  { folder: 'shared/ranges', folders: ['shared/model', 'shared/engine'], packages: [] },
  // Text at the edge: the words for what the engine and the model report as data.
  { folder: 'shared/wording', folders: ['shared/model', 'shared/engine', 'shared/expr'], packages: [] },
  // io reads zod's issue list to turn schema errors into messages with JSON paths.
  { folder: 'shared/io', folders: ['shared/model'], packages: ['zod'] },
  { folder: 'shared/ipc', folders: ['shared/model'], packages: ['zod'] },
  // Main validates its own small files (recent list, recovery index) with the same schema library.
  { folder: 'electron/main', folders: ['shared'], packages: ['electron', 'node:*', 'zod'] },
  { folder: 'electron/preload', folders: ['shared/ipc'], packages: ['electron'] },
  // The two entry files only wire their folders together.
  { folder: 'electron/main.ts', folders: ['electron/main', 'shared'], packages: ['electron', 'node:*'] },
  { folder: 'electron/preload.ts', folders: ['electron/preload', 'shared/ipc'], packages: ['electron'] },
  {
    folder: 'renderer/src',
    folders: ['shared', 'assets'],
    packages: [
      'react',
      'react-dom',
      'react-dom/client',
      'react/jsx-runtime',
      'ag-grid-community',
      'ag-grid-react',
      'ag-charts-community',
      'ag-charts-react',
      'zustand',
      'zustand/*',
      'papaparse',
    ],
  },
  // The CLI reads its version from package.json.
  { folder: 'cli', folders: ['shared', 'assets', 'package.json'], packages: ['node:*'] },
];

function within(file: string, folder: string): boolean {
  return file === folder || file.startsWith(folder + '/');
}

function packageAllowed(spec: string, allowed: string[]): boolean {
  return allowed.some((p) => (p.endsWith('*') ? spec.startsWith(p.slice(0, -1)) : spec === p));
}

/**
 * Folders whose insides are private: code outside one imports it through its barrel or the
 * sub-barrels listed (a sub-barrel marked with `testOnly` only from test/).
 */
export const BARRELS: { folder: string; entries: { path: string; testOnly?: true }[] }[] = [
  {
    folder: 'shared/engine',
    entries: [
      { path: '' },
      { path: 'compute' },
      { path: 'report' },
      { path: 'edits' },
      { path: 'actuals' },
      { path: 'speed', testOnly: true },
    ],
  },
];

/** Returns a message when `spec`, imported by repo-relative `file`, reaches inside a barrel it should go through. */
export function checkBarrel(file: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec)).replace(/\/index$/, '');
  for (const barrel of BARRELS) {
    if (within(file, barrel.folder) || !within(target, barrel.folder)) continue;
    const inner = target.slice(barrel.folder.length + 1);
    const entry = barrel.entries.find((e) => e.path === inner);
    if (entry !== undefined && (entry.testOnly !== true || within(file, 'test'))) return null;
    return `${file} imports ${spec} (${target}): go through ${barrel.folder}'s index or a sub-barrel it lists`;
  }
  return null;
}

/** Returns a message when `spec`, imported by repo-relative `file`, crosses a fence. */
export function checkImport(file: string, spec: string): string | null {
  const barrel = checkBarrel(file, spec);
  if (barrel !== null) return barrel;
  const fence = FENCES.find((f) => within(file, f.folder));
  if (fence === undefined) return null;
  if (spec.startsWith('.')) {
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
    if (within(target, fence.folder) || fence.folders.some((f) => within(target, f))) return null;
    return `${file} imports ${spec} (${target}), outside what ${fence.folder} may use`;
  }
  if (packageAllowed(spec, fence.packages)) return null;
  return `${file} imports package "${spec}", which ${fence.folder} may not use`;
}

const IMPORT_PATTERNS = [
  /\bimport\s+(?:type\s+)?(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]/g,
  /\bexport\s+(?:type\s+)?(?:\*|\{[^}]*\})(?:\s+as\s+\w+)?\s+from\s+['"]([^'"]+)['"]/g,
  /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
  /\brequire\(\s*['"]([^'"]+)['"]\s*\)/g,
];

export function importsOf(source: string): string[] {
  const found = new Set<string>();
  for (const pattern of IMPORT_PATTERNS) for (const match of source.matchAll(pattern)) found.add(match[1]);
  return [...found];
}
