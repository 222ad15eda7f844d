// Dispatch: parse the arguments, run one command, map failures to exit codes.
// 0 ok; 1 the model has errors (results still printed) or could not be computed at all (a fault
// of ours: INTERNAL_ERROR_EXIT); 2 unreadable/invalid file or bad arguments, and only that.
import { version } from '../package.json';
import { parseCommandLine, type CommandName } from './args';
import { CliError, oneLine } from './cli-error';
import { compareCommand } from './commands/compare';
import { computeCommand } from './commands/compute';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { newCommand } from './commands/new';
import { pricesCommand } from './commands/prices';
import { validateCommand } from './commands/validate';
import { variantsCommand } from './commands/variants';
import { goalSeekCommand } from './commands/goal-seek';
import { sensitivityCommand } from './commands/sensitivity';
import { simulateCommand } from './commands/simulate';
import type { CliContext } from './context';
import { templateNames } from './templates';
import { COMMAND_USAGE, USAGE, withTemplates } from './usage';

export interface RunContext extends CliContext {
  /** Writes one line to stderr. */
  err(line: string): void;
  /** The CLI's own script, which worker threads run (absent: everything on this thread). */
  script?: string;
}

/**
 * An exception that is not a CliError is a fault in creditstack, not in the user's file or
 * arguments: exit 2 would tell a script to blame its input. It is 1, "the model has errors",
 * with nothing on stdout (docs/domain-decisions.md).
 */
export const INTERNAL_ERROR_EXIT = 1;

function failure(error: unknown, ctx: RunContext): number {
  if (error instanceof CliError) {
    ctx.err(`creditstack: ${oneLine(error.message)}`);
    return error.exitCode;
  }
  const detail = error instanceof Error ? error.message : String(error);
  ctx.err(`creditstack: internal error (a fault in creditstack, not in your file): ${oneLine(detail)}`);
  return INTERNAL_ERROR_EXIT;
}

function help(command: CommandName | null): string {
  return withTemplates(command === null ? USAGE : COMMAND_USAGE[command], templateNames()) + '\n';
}

/** The exit code; a promise of it for the commands that wait for worker threads. */
export function run(argv: readonly string[], ctx: RunContext): number | Promise<number> {
  try {
    const parsed = parseCommandLine(argv);
    if (parsed.kind === 'version') {
      ctx.out(`creditstack ${version}\n`);
      return 0;
    }
    if (parsed.kind === 'help') {
      ctx.out(help(parsed.command));
      // Bare `creditstack` is a mistake (no command); `--help` is a request.
      return argv.length === 0 ? 2 : 0;
    }
    const { command, values, positionals } = parsed;
    switch (command) {
      case 'compute':
        return computeCommand(ctx, positionals[0]!, values);
      case 'compare':
        return compareCommand(ctx, positionals, values);
      case 'export':
        return exportCommand(ctx, positionals[0]!, values);
      case 'validate':
        return validateCommand(ctx, positionals[0]!, values);
      case 'new':
        return newCommand(ctx, values);
      case 'prices':
        return pricesCommand(ctx, values);
      case 'simulate':
        return simulateCommand(ctx, positionals[0]!, values, ctx.script).catch((error: unknown) => failure(error, ctx));
      case 'goal-seek':
        return goalSeekCommand(ctx, positionals[0]!, values);
      case 'sensitivity':
        return sensitivityCommand(ctx, positionals[0]!, values);
      case 'import':
        return importCommand(ctx, positionals[0]!, positionals[1]!, values);
      case 'variants':
        return variantsCommand(ctx, positionals[0]!, values);
    }
  } catch (error) {
    return failure(error, ctx);
  }
}
