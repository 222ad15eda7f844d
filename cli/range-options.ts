// The numeric options of simulate and goal-seek, read strictly: a typo is exit 2 with the option
// named, never a silent default.
import { CliError } from './cli-error';

const DEFAULT_RUNS = 2000;
const MAX_RUNS = 100_000;
const MAX_WORKERS = 16;

function wholeNumber(option: string, text: string, min: number, max: number): number {
  if (!/^\d+$/.test(text.trim())) throw new CliError(`--${option} must be a whole number, not "${text}"`);
  const n = Number(text);
  if (!Number.isSafeInteger(n) || n < min || n > max)
    throw new CliError(`--${option} must be between ${min} and ${max}, not ${text}`);
  return n;
}

export function runsOption(text: string | undefined): number {
  return text === undefined ? DEFAULT_RUNS : wholeNumber('runs', text, 1, MAX_RUNS);
}

export function seedOption(text: string | undefined): number {
  return text === undefined ? 1 : wholeNumber('seed', text, 0, Number.MAX_SAFE_INTEGER);
}

export function workersOption(text: string | undefined, available: number): number {
  return text === undefined ? Math.max(1, Math.min(available, 4)) : wholeNumber('workers', text, 1, MAX_WORKERS);
}

export function numberOption(option: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text.trim());
  if (text.trim() === '' || !Number.isFinite(n)) throw new CliError(`--${option} must be a number, not "${text}"`);
  return n;
}
