// `creditstack export FILE --table monthly|pools|lines|summary [--scenario ID] [--out PATH] [--bom]`
import { createEngine, hasErrors, EXPORT_TABLES, exportTable, isExportTable } from '../../shared/engine';
import { toCsv } from '../../shared/io';
import type { CommandValues } from '../args';
import { CliError } from '../cli-error';
import type { CliContext } from '../context';
import { loadWorkbookFile } from '../read-workbook';
import { singleScenario } from '../select-scenarios';
import { writeFileAtomic } from '../write-output';

export function exportCommand(ctx: CliContext, file: string, values: CommandValues): number {
  const table = values.table;
  if (table === undefined)
    throw new CliError(`export needs --table ${EXPORT_TABLES.join('|')} (see creditstack export --help)`);
  if (!isExportTable(table)) throw new CliError(`unknown table "${table}" (tables: ${EXPORT_TABLES.join(', ')})`);
  const workbook = loadWorkbookFile(file);
  const scenario = singleScenario(workbook, file, values.scenario);
  const result = createEngine().computeScenario(workbook, scenario.id);
  const csv = toCsv(exportTable(table, result, scenario), { bom: values.bom === true });
  if (values.out === undefined) ctx.out(csv);
  else writeFileAtomic(values.out, csv, { overwrite: true, protect: [file] });
  return hasErrors(result) ? 1 : 0;
}
