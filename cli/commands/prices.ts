// `creditstack prices [--json]`: the bundled price book with its as-of date.
import { bundledPriceBook, describePriceBook } from '../../shared/prices';
import type { CommandValues } from '../args';
import type { CliContext } from '../context';
import { formatTable } from '../format-table';
import { formatPrice } from '../../shared/wording';

const NAME_WIDTH = 44;

/** Long catalog names would push the prices off a normal terminal; the id is the key anyway. */
function shorten(text: string): string {
  const chars = [...text];
  return chars.length <= NAME_WIDTH ? text : chars.slice(0, NAME_WIDTH - 3).join('') + '...';
}

export function pricesCommand(ctx: CliContext, values: CommandValues): number {
  const book = bundledPriceBook();
  const rows = describePriceBook(book);
  if (values.json === true) {
    ctx.out(JSON.stringify({ asOf: book.asOf, entries: rows }, null, 2) + '\n');
    return 0;
  }
  const table = formatTable(
    [
      { header: 'Kind' },
      { header: 'Id' },
      { header: 'Name' },
      { header: 'Field' },
      { header: 'Price', align: 'right' },
      { header: 'Unit' },
      { header: 'Region' },
      { header: 'In force' },
      { header: 'Status' },
      { header: 'As of' },
    ],
    rows.map((r) => [
      r.kind,
      r.id,
      shorten(r.name),
      r.field,
      r.price === null ? '-' : formatPrice(r.price, 10),
      r.unit,
      r.region,
      r.effective || 'always',
      r.status,
      r.asOf,
    ]),
    0,
  );
  ctx.out(
    `Bundled price book, as of ${book.asOf} (USD; regional rows name their region, dated rows the months they apply to)\n\n${table}\n`,
  );
  return 0;
}
