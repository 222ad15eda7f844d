// Facts about line kinds that the engine, the rules and the UI all need, read from the kinds'
// modules (shared/kinds).
import { kindOf, LINE_KIND_MODULES, type LineKind } from '../kinds/registry';
import type { Line } from './schema';
import type { BillingService } from './vocabulary';

export { LINE_KINDS, type LineKind } from '../kinds/registry';

/** The quantity fields (number or expression) of each line kind, in display order. */
export const QUANTITY_FIELDS = Object.fromEntries(LINE_KIND_MODULES.map((k) => [k.kind, k.quantityFields])) as Readonly<
  Record<LineKind, readonly string[]>
>;

/** The AWS service a line bills under, which decides which pools may pay for it. */
export function lineService(line: Line): BillingService {
  return kindOf(line).service(line);
}
