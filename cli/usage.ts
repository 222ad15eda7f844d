// Help text. Kept next to the option table (args.ts) so the two cannot drift far apart.
import type { CommandName } from './args';

export const USAGE = `Usage: creditstack <command> [options]

Model AWS spend of an AI/ML workload against its AWS credit pools.

Commands:
  compute FILE [--scenario ID] [--json]        compute every scenario (or one) and print a summary
  compare FILE[#SCENARIO] ... [--json | --csv] [--diff] [--out PATH]
                                               KPIs side by side, with deltas against the first;
                                               --diff lists what changed between the first two
  export FILE --table monthly|pools|lines|summary [--scenario ID] [--out PATH] [--bom]
                                               write a table as CSV (stdout, or a file)
  validate FILE [--json]                       check the file: schema, expressions, program rules
  new --template NAME [--out PATH] [--force]   write a sample workbook (${'${templates}'})
  prices [--json]                              the bundled price book and its as-of date
  simulate FILE [--scenario ID] [--runs N] [--seed S] [--json]
                                               Monte Carlo over the assumptions with a range
  goal-seek FILE --scenario ID --vary NAME --target SPEC [--min A] [--max B] [--json]
                                               the value of NAME at which a credit target flips
  sensitivity FILE --scenario ID [--kpi NAME] [--json]
                                               tornado: each ranged assumption at its low and high
  import credits|allocations|usage INPUT --into WB [--scenario ID]
                                               read AWS's credits, credit allocations or costs
                                               into workbook WB (keeps WB.bak)
  variants FILE --scenario ID --line LINE --models a,b --out PATH [--force]
  variants FILE --scenario ID --line LINE --instances x,y [--keep-hours] --out PATH [--force]
                                               add scenarios based on ID, one per model or GPU

Options:
  -h, --help       show help (also after a command: creditstack compute --help)
  --version        print the version

Exit codes: 0 ok; 1 the model has errors (results are still printed), or an internal
            fault of creditstack (nothing printed); 2 the file cannot be read or is invalid,
            or the arguments are wrong.`;

export const COMMAND_USAGE: Record<CommandName, string> = {
  compute: `Usage: creditstack compute FILE [--scenario ID] [--json]

Computes every scenario of FILE (or only --scenario ID) and prints, per scenario, the KPIs, the
credit pools and the issues found. --json prints one object with every figure, unrounded.`,
  compare: `Usage: creditstack compare FILE[#SCENARIO] ... [--json | --csv [--bom]] [--diff] [--out PATH]

Compares scenarios side by side. FILE alone means all of its scenarios; FILE#ID one of them.
Several files may be given. Deltas are against the first scenario listed (the baseline).
  --diff       also list what changed from the first scenario to the second: settings, lines,
               pools and assumptions (matched by id, then by name), with each line's cost effect
  --json       one JSON object: baseline, scenarios with kpis, delta and pools (and "diff")
  --csv        the KPI table (value, delta and pct per scenario) as CSV, then the diff rows
  --bom        with --csv, start with a UTF-8 byte order mark (for Excel)
  --out PATH   write the output to PATH (replacing it whole, never an input file)
Input files are only read.`,
  export: `Usage: creditstack export FILE --table monthly|pools|lines|summary [--scenario ID] [--out PATH] [--bom]

Writes one table of one scenario as CSV (RFC 4180, comma-separated, money rounded to cents).
Without --scenario the file must hold a single scenario. --out writes a file (replacing it
whole, never an input file); --bom adds a UTF-8 byte order mark for Excel.`,
  validate: `Usage: creditstack validate FILE [--json]

Checks FILE without printing results: schema, expressions and program rules.
Exit 0 when there are no errors (warnings allowed), 1 when there are errors, 2 when unreadable.`,
  new: `Usage: creditstack new --template NAME [--out PATH] [--force]

Writes a sample workbook with a snapshot of the bundled prices, to stdout or to --out PATH.
An existing file is never replaced unless --force is given. Templates: ${'${templates}'}.`,
  prices: `Usage: creditstack prices [--json]

Prints the bundled price book: every model, instance and service price with its unit,
its source status and the date it was checked.`,
  simulate: `Usage: creditstack simulate FILE [--scenario ID] [--runs N] [--seed S] [--workers W] [--json]

Runs the model N times (default 2,000, at most 100,000), each time drawing every assumption that
has a "range" from its distribution, and prints P10 / P50 / P90 and the mean of the KPIs, when
each pool is used up and how often it forfeits, and how often there is no credit cliff.
Percentiles are by nearest rank; "no cliff" and "never used up" count as later than any month.
  --seed S      the same seed gives the same output (default 1), whatever --workers is
  --workers W   worker threads to spread the runs over (default: cores, at most 4)
  --json        one JSON object (see the handbook's contracts)`,
  'goal-seek': `Usage: creditstack goal-seek FILE --scenario ID --vary NAME --target SPEC [--min A] [--max B] [--json]

Finds the value of assumption NAME in [A, B] at which SPEC stops holding, to a millionth of the
interval, and which side of it holds. SPEC is one of:
  cliff>=N       the credit cliff comes at month N or later (or never)
  pool:ID>=N     pool ID lasts to month N or beyond (or is never used up)
  forfeited<=X   at most X dollars of credits expire unused
  cash<=X        at most X dollars of the AWS bill are paid in cash
  runway>=N      cash lasts at least N months
[A, B] defaults to the assumption's range, else 0 to 10 times its value. When SPEC holds
everywhere or nowhere in [A, B], that is the answer.`,
  sensitivity: `Usage: creditstack sensitivity FILE --scenario ID [--kpi NAME] [--json]

Computes the scenario with each ranged assumption at its low and at its high end (the range's
bounds, else its 10th and 90th percentiles), the others at their values, and lists how far the
KPI moves, largest swing first. --kpi is one of the compute --json kpis (default creditCliffMonth).`,
  import: `Usage: creditstack import credits|allocations|usage INPUT --into WB [--scenario ID]

Reads what AWS gives you into workbook WB:
  credits      the JSON of: aws billing get-credits --output json
               each credit becomes (or, imported again, updates) a pool, matched by credit id
  allocations  the JSON of: aws billing get-credit-allocation-history --output json
               what each credit paid, per service and month (estimated bills marked)
  usage        the JSON of: aws ce get-cost-and-usage --granularity MONTHLY
               --metrics UnblendedCost --group-by Type=DIMENSION,Key=SERVICE
               or the CSV Cost Explorer's console downloads: actual cost per service and month
--scenario ID  the scenario whose pools a credits import updates (default: every scenario)
A file that is not what was asked for, or is broken, is refused with one line saying why, and
WB is left untouched. Otherwise WB is replaced atomically and its previous version kept as WB.bak.
compute then compares plan with actual and forecasts from the last imported month.`,
  variants: `Usage: creditstack variants FILE --scenario ID --line LINE --models a,b,c --out PATH [--force]
       creditstack variants FILE --scenario ID --line LINE --instances x,y [--keep-hours] --out PATH [--force]

Adds scenarios based on scenario ID and writes the workbook to PATH; prints each new scenario's
id on its own line. Each new scenario holds only its change, so it follows every later edit of ID.
  --models a,b,c    one scenario per Bedrock model for line LINE (the line's own model is skipped)
  --instances x,y   one scenario per instance type for training or endpoint line LINE; a training
                    run's hours are scaled by the relative training throughput the price book
                    lists (a slower GPU runs longer); an instance with no sourced figure keeps them
  --keep-hours      keep the hours as they are
  --out PATH        where to write (PATH may be FILE itself with --force; the old file is kept as PATH.bak)
  --force           replace PATH if it exists
Exit 1 when a new scenario has errors (e.g. a price the book does not have).`,
};

export function withTemplates(text: string, templates: readonly string[]): string {
  return text.replaceAll('${templates}', templates.join(', '));
}
