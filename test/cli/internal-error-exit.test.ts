// Exit 2 means "your file or your arguments are wrong". A fault inside the engine is never that:
// it exits 1 (INTERNAL_ERROR_EXIT), prints nothing on stdout and one line on stderr saying it is
// creditstack's fault. The engine is made to throw here; the file and arguments are good.
import { describe, expect, it, vi } from 'vitest';
import { run, INTERNAL_ERROR_EXIT, type RunContext } from '../../cli/run';
import { PLAIN } from '../../cli/style';
import { template } from './cli-harness';

vi.mock('../../shared/engine', async (importOriginal) => {
  const engine = await importOriginal<typeof import('../../shared/engine')>();
  const fault = () => {
    throw new RangeError('simulated engine fault');
  };
  return {
    ...engine,
    createEngine: () => ({ ...engine.createEngine(), computeScenario: fault, computeWorkbook: fault }),
  };
});

function runInProcess(args: string[]): { code: number; out: string; err: string[] } {
  let out = '';
  const err: string[] = [];
  const ctx: RunContext = { out: (t) => (out += t), err: (l) => err.push(l), style: PLAIN };
  const code = run(args, ctx);
  if (typeof code !== 'number') throw new Error('expected a synchronous command');
  return { code, out, err };
}

const FILE = template('model-comparison');

describe('an engine fault', () => {
  it('is exit 1, never 2', () => {
    expect(INTERNAL_ERROR_EXIT).toBe(1);
  });

  it.each([
    ['compute', FILE],
    ['compute', FILE, '--json'],
    ['compare', FILE, '--csv'],
    ['export', FILE, '--table', 'monthly', '--scenario', 'sonnet'],
    ['validate', FILE],
  ])('%s %s ...: exit 1, nothing on stdout, one line naming it as our fault', (...args) => {
    const { code, out, err } = runInProcess(args);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toEqual([
      'creditstack: internal error (a fault in creditstack, not in your file): simulated engine fault',
    ]);
  });

  it('bad input is still exit 2 (the mapping above is for faults only)', () => {
    const { code, err } = runInProcess(['compare', FILE, '--json', '--csv']);
    expect(code).toBe(2);
    expect(err).toEqual(['creditstack: choose one of --json and --csv (see creditstack compare --help)']);
  });
});
