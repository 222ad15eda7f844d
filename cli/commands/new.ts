// `creditstack new --template NAME [--out PATH] [--force]`: a sample workbook carrying a snapshot
// of the bundled prices, so that it computes the same numbers after a price-book update.
import { formatLoadError, parseWorkbookText, serializeWorkbook } from '../../shared/io';
import { bundledPriceBook, withPriceSnapshot } from '../../shared/prices';
import type { CommandValues } from '../args';
import { CliError } from '../cli-error';
import type { CliContext } from '../context';
import { templateNames, templateText } from '../templates';
import { writeFileAtomic } from '../write-output';

function renderTemplate(name: string): string {
  const text = templateText(name);
  if (text === undefined) throw new CliError(`unknown template "${name}" (templates: ${templateNames().join(', ')})`);
  const parsed = parseWorkbookText(text);
  // A bundled template that does not load is a build defect, not a user error.
  if (!parsed.ok) throw new CliError(`template is broken: ${formatLoadError(name, parsed.error)}`);
  return serializeWorkbook(withPriceSnapshot(parsed.workbook, bundledPriceBook()));
}

export function newCommand(ctx: CliContext, values: CommandValues): number {
  if (values.template === undefined)
    throw new CliError(`new needs --template NAME (templates: ${templateNames().join(', ')})`);
  const text = renderTemplate(values.template);
  if (values.out === undefined) {
    ctx.out(text);
  } else {
    writeFileAtomic(values.out, text, { overwrite: values.force === true });
    ctx.out(`Wrote ${values.out} from template ${values.template}.\n`);
  }
  return 0;
}
