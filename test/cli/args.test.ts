// Argument parsing: strict, one option table per command, one-line messages for mistakes.
import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../cli/args';
import { CliError } from '../../cli/cli-error';
import { parseScenarioRef } from '../../cli/scenario-refs';

function failure(argv: string[]): CliError {
  try {
    parseCommandLine(argv);
  } catch (error) {
    if (error instanceof CliError) return error;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(argv)} to fail`);
}

describe('parseCommandLine', () => {
  it('reads a command, its FILE and its options', () => {
    expect(parseCommandLine(['export', 'plan.creditstack', '--table', 'pools', '--out', 'p.csv', '--bom'])).toEqual({
      kind: 'run',
      command: 'export',
      positionals: ['plan.creditstack'],
      values: { table: 'pools', out: 'p.csv', bom: true },
    });
    expect(parseCommandLine(['compare', 'a.creditstack#x', 'b.creditstack', '--json'])).toMatchObject({
      positionals: ['a.creditstack#x', 'b.creditstack'],
      values: { json: true },
    });
  });

  it('knows help and version', () => {
    expect(parseCommandLine([])).toEqual({ kind: 'help', command: null });
    expect(parseCommandLine(['-h'])).toEqual({ kind: 'help', command: null });
    expect(parseCommandLine(['compute', '--help'])).toEqual({ kind: 'help', command: 'compute' });
    expect(parseCommandLine(['--version'])).toEqual({ kind: 'version' });
  });

  it('refuses options another command owns, with exit code 2', () => {
    const error = failure(['compute', 'plan.creditstack', '--table', 'monthly']);
    expect(error.exitCode).toBe(2);
    expect(error.message).toBe('unknown option --table for compute (see creditstack compute --help)');
  });

  it('refuses an empty option value', () => {
    expect(failure(['compute', 'plan.creditstack', '--scenario=']).message).toBe(
      'option --scenario needs a value (see creditstack compute --help)',
    );
  });
});

describe('parseScenarioRef', () => {
  it('splits FILE#SCENARIO at the last "#" unless the whole text is an existing file', () => {
    expect(parseScenarioRef('plan.creditstack#sonnet')).toEqual({ file: 'plan.creditstack', scenario: 'sonnet' });
    expect(parseScenarioRef('dir#1/plan.creditstack#opus')).toEqual({
      file: 'dir#1/plan.creditstack',
      scenario: 'opus',
    });
    expect(parseScenarioRef('plan.creditstack')).toEqual({ file: 'plan.creditstack', scenario: null });
    expect(parseScenarioRef('plan.creditstack#')).toEqual({ file: 'plan.creditstack', scenario: null });
  });
});
