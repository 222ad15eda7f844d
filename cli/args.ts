// Command-line parsing: node:util parseArgs in strict mode, one option table per command.
// Every mistake becomes a CliError with exit code 2 and a one-line message with a hint.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError } from './cli-error';

const COMMANDS = [
  'compute',
  'compare',
  'export',
  'validate',
  'new',
  'prices',
  'simulate',
  'goal-seek',
  'sensitivity',
  'import',
  'variants',
] as const;
export type CommandName = (typeof COMMANDS)[number];

type Options = NonNullable<ParseArgsConfig['options']>;

const help = { type: 'boolean', short: 'h' } as const;

const OPTIONS = {
  compute: { scenario: { type: 'string' }, json: { type: 'boolean' }, help },
  compare: {
    json: { type: 'boolean' },
    diff: { type: 'boolean' },
    csv: { type: 'boolean' },
    bom: { type: 'boolean' },
    out: { type: 'string' },
    help,
  },
  export: {
    table: { type: 'string' },
    scenario: { type: 'string' },
    out: { type: 'string' },
    bom: { type: 'boolean' },
    help,
  },
  validate: { json: { type: 'boolean' }, help },
  new: { template: { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' }, help },
  prices: { json: { type: 'boolean' }, help },
  simulate: {
    scenario: { type: 'string' },
    runs: { type: 'string' },
    seed: { type: 'string' },
    workers: { type: 'string' },
    json: { type: 'boolean' },
    help,
  },
  'goal-seek': {
    scenario: { type: 'string' },
    vary: { type: 'string' },
    target: { type: 'string' },
    min: { type: 'string' },
    max: { type: 'string' },
    json: { type: 'boolean' },
    help,
  },
  sensitivity: { scenario: { type: 'string' }, kpi: { type: 'string' }, json: { type: 'boolean' }, help },
  import: { into: { type: 'string' }, scenario: { type: 'string' }, help },
  variants: {
    scenario: { type: 'string' },
    line: { type: 'string' },
    models: { type: 'string' },
    instances: { type: 'string' },
    'keep-hours': { type: 'boolean' },
    out: { type: 'string' },
    force: { type: 'boolean' },
    help,
  },
} as const satisfies Record<CommandName, Options>;

/** How many FILE arguments each command takes: [min, max]. */
const POSITIONALS: Record<CommandName, [number, number]> = {
  compute: [1, 1],
  compare: [1, Infinity],
  export: [1, 1],
  validate: [1, 1],
  new: [0, 0],
  prices: [0, 0],
  simulate: [1, 1],
  'goal-seek': [1, 1],
  sensitivity: [1, 1],
  // KIND INPUT
  import: [2, 2],
  variants: [1, 1],
};

export interface CommandValues {
  scenario?: string;
  json?: boolean;
  table?: string;
  out?: string;
  bom?: boolean;
  template?: string;
  force?: boolean;
  diff?: boolean;
  csv?: boolean;
  // simulate, goal-seek, sensitivity (numbers arrive as text; cli/range-options.ts reads them)
  runs?: string;
  seed?: string;
  workers?: string;
  vary?: string;
  target?: string;
  min?: string;
  max?: string;
  kpi?: string;
  into?: string;
  // variants
  line?: string;
  models?: string;
  instances?: string;
  'keep-hours'?: boolean;
}

export type ParsedCommandLine =
  | { kind: 'help'; command: CommandName | null }
  | { kind: 'version' }
  | { kind: 'run'; command: CommandName; values: CommandValues; positionals: string[] };

/** What a command's positional arguments are, where "a FILE" does not say it. */
const NEEDS: Partial<Record<CommandName, string>> = {
  import: 'what to import (credits, allocations or usage) and an INPUT file',
};

const isCommand = (word: string): word is CommandName => (COMMANDS as readonly string[]).includes(word);

function hint(command: CommandName | null): string {
  return command === null ? '(see creditstack --help)' : `(see creditstack ${command} --help)`;
}

function quoted(message: string): string {
  return /'([^']+)'/.exec(message)?.[1] ?? '';
}

/** Turns parseArgs' multi-sentence errors into one short line. */
function describeParseError(error: unknown, command: CommandName): string {
  const { code, message } = error as { code?: string; message: string };
  const option = quoted(message).split(' ')[0];
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${option} for ${command} ${hint(command)}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /does not take an argument/.test(message)
        ? `option ${option} takes no value ${hint(command)}`
        : `option ${option} needs a value ${hint(command)}`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `unexpected argument ${quoted(message)} ${hint(command)}`;
    default:
      return `${message.split('\n')[0]} ${hint(command)}`;
  }
}

export function parseCommandLine(argv: readonly string[]): ParsedCommandLine {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h') return { kind: 'help', command: null };
  if (first === '--version') return { kind: 'version' };
  if (!isCommand(first)) {
    if (first.startsWith('-')) throw new CliError(`unknown option ${first.split('=')[0]} ${hint(null)}`);
    throw new CliError(`unknown command "${first}" (commands: ${COMMANDS.join(', ')}) ${hint(null)}`);
  }
  const command = first;
  let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({
      args: rest,
      options: OPTIONS[command],
      strict: true,
      allowPositionals: true,
    }) as typeof parsed;
  } catch (error) {
    throw new CliError(describeParseError(error, command));
  }
  if (parsed.values.help === true) return { kind: 'help', command };
  const [min, max] = POSITIONALS[command];
  const count = parsed.positionals.length;
  if (count < min)
    throw new CliError(
      `${command} needs ${NEEDS[command] ?? (min === 1 && max === 1 ? 'a FILE' : 'at least one FILE')} ${hint(command)}`,
    );
  if (count > max)
    throw new CliError(`unexpected argument "${parsed.positionals[max]}" for ${command} ${hint(command)}`);
  for (const [name, value] of Object.entries(parsed.values))
    if (value === '') throw new CliError(`option --${name} needs a value ${hint(command)}`);
  const { help: _help, ...values } = parsed.values;
  return { kind: 'run', command, values: values as CommandValues, positionals: parsed.positionals };
}
