// Cells for the CSV writer's property tests: text that needs quoting or the formula guard (or
// holds broken Unicode), any finite number, and missing values.
import fc from 'fast-check';
import type { CsvCell } from '../../../shared/io';

const trigger = fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '\0');

export const csvTextArb = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({
    unit: fc.constantFrom(
      'a',
      ',',
      ';',
      '"',
      '\r',
      '\n',
      '\r\n',
      ' ',
      "'",
      '=',
      '\uD800',
      '\uDC00',
      '👍',
      '\uff1d',
      'é',
    ),
    maxLength: 8,
  }),
  fc
    .tuple(trigger, fc.string({ maxLength: 6 }), fc.constantFrom('', '\n', '\r\n'), fc.string({ maxLength: 6 }))
    .map((p) => p.join('')),
);

export const csvCellArb: fc.Arbitrary<CsvCell> = fc.oneof(
  csvTextArb,
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constant(null),
);
