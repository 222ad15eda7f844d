// `creditstack import credits|allocations|usage INPUT --into WB [--scenario ID]`: reads what AWS
// gave the user into workbook WB. Nothing is written unless every step succeeds: the input is
// read and checked, the import is applied to a copy and the result validated as a load would;
// only then WB's previous bytes go to WB.bak and the new workbook replaces WB atomically.
import { accessSync, constants, statSync } from 'node:fs';
import { formatLoadError, parseWorkbookBytes, saveSizeProblem, serializeWorkbook } from '../../shared/io';
import { applyAwsImport, IMPORT_KINDS, IMPORT_SOURCES, parseAwsExport, type ImportKind } from '../../shared/io/aws';
import { decodeUtf8Strict } from '../../shared/io/utf8';
import type { CommandValues } from '../args';
import { CliError, oneLine } from '../cli-error';
import type { CliContext } from '../context';
import { readWorkbookBytes } from '../read-workbook';
import { writeFileAtomic } from '../write-output';

const isKind = (word: string): word is ImportKind => (IMPORT_KINDS as readonly string[]).includes(word);

function readInput(path: string, kind: ImportKind) {
  const decoded = decodeUtf8Strict(readWorkbookBytes(path));
  if (!decoded.ok) throw new CliError(`${path}: ${decoded.message}`);
  const parsed = parseAwsExport(decoded.text, kind);
  if (!parsed.ok) throw new CliError(oneLine(`${path}: ${parsed.message}; nothing was imported`));
  return parsed.value;
}

/** A file marked read-only is respected even by a user (root) whom the system would let write. */
function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return (statSync(path).mode & 0o222) !== 0;
  } catch {
    return false;
  }
}

export function importCommand(ctx: CliContext, kindWord: string, input: string, values: CommandValues): number {
  if (!isKind(kindWord))
    throw new CliError(
      `import needs what to import: ${IMPORT_KINDS.join(', ')} (not "${kindWord}") (see creditstack import --help)`,
    );
  const target = values.into;
  if (target === undefined)
    throw new CliError('import needs --into WB, the workbook to import into (see creditstack import --help)');
  const data = readInput(input, kindWord);

  const original = readWorkbookBytes(target);
  const loaded = parseWorkbookBytes(original);
  if (!loaded.ok) throw new CliError(oneLine(`${formatLoadError(target, loaded.error)}; nothing was imported`));
  const outcome = applyAwsImport(loaded.workbook, data, values.scenario ?? null);
  if (!outcome.ok) throw new CliError(oneLine(`${target}: ${outcome.message}; nothing was imported`));
  const text = serializeWorkbook(outcome.workbook);
  const tooLarge = saveSizeProblem(text);
  if (tooLarge !== null) throw new CliError(`${target}: ${tooLarge}; nothing was imported`);
  if (!writable(target)) throw new CliError(`${target}: is read-only; nothing was imported`);

  writeFileAtomic(target, text, { overwrite: true, protect: [input], backup: true });
  ctx.out(
    `Imported ${kindWord} (${IMPORT_SOURCES[kindWord]}) from ${input} into ${target}; the previous version is ${target}.bak\n`,
  );
  for (const line of outcome.summary) ctx.out(`  ${line}\n`);
  return 0;
}
