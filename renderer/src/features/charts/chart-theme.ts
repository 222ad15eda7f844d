// Charts follow the system's light or dark scheme, like the rest of the window: the AG Charts base
// theme switches with prefers-color-scheme, and surface, text and font come from the app's CSS
// variables so a chart sits on its panel without a seam (and a saved PNG looks like the screen).
import { useMemo, useSyncExternalStore } from 'react';
import type { AgChartTheme } from 'ag-charts-community';

const QUERY = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(QUERY);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

function useDarkScheme(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(QUERY).matches,
    () => false,
  );
}

export interface ChartColors {
  surface: string;
  text: string;
  muted: string;
  border: string;
  bad: string;
  warn: string;
  /** What cash is drawn in: a warm tone that reads as "money leaving" against the cool pool colours. */
  cash: string;
  /** Pool colours by pool position, the same in every chart of a scenario. */
  pools: readonly string[];
}

const LIGHT_POOLS = ['#2f6fde', '#1f9d74', '#7b5cd6', '#1796ad', '#6d8f1f', '#b8508f', '#4a5fa8', '#3f8f5a'];
const DARK_POOLS = ['#6ea0ff', '#4cc38a', '#a88bfa', '#3cc1d6', '#a3c44a', '#e07fbb', '#8aa0e6', '#72c48c'];

function cssVar(name: string, fallback: string): string {
  const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  return value === '' ? fallback : value;
}

function chartColors(dark: boolean): ChartColors {
  return {
    surface: cssVar('--surface', dark ? '#1b1f26' : '#ffffff'),
    text: cssVar('--text', dark ? '#e6e9ef' : '#1d2330'),
    muted: cssVar('--muted', dark ? '#9aa4b2' : '#5f6b7a'),
    border: cssVar('--border', dark ? '#323845' : '#dde1e7'),
    bad: cssVar('--bad', dark ? '#ff7b72' : '#b4322d'),
    warn: cssVar('--warn', dark ? '#e3b341' : '#9a6700'),
    cash: dark ? '#f0905a' : '#d9652b',
    pools: dark ? DARK_POOLS : LIGHT_POOLS,
  };
}

/** The AG Charts theme for the current scheme, plus the colours charts draw markers in. */
export function useChartTheme(): { theme: AgChartTheme; colors: ChartColors; dark: boolean } {
  const dark = useDarkScheme();
  // One object per scheme: a new theme object on every render would redraw every chart.
  return useMemo(() => {
    const colors = chartColors(dark);
    const font = getComputedStyle(document.documentElement).fontFamily || 'system-ui, sans-serif';
    const theme: AgChartTheme = {
      baseTheme: dark ? 'ag-default-dark' : 'ag-default',
      params: {
        backgroundColor: colors.surface,
        textColor: colors.text,
        subtleTextColor: colors.muted,
        fontFamily: font,
        fontSize: 12,
      },
    };
    return { dark, colors, theme };
  }, [dark]);
}
