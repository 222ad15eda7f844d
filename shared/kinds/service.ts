// A service line: any other AWS spend, as a monthly cost or as a quantity of a price-book item.
import type { FieldKit, LineOf } from '../model/schema';
import { ALWAYS_CASH_CATEGORIES } from '../model/vocabulary';
import { costFormula, NON_NEGATIVE, type CostFormula, type FieldLabels, type LineKindModule } from './kind';

const fields = (f: FieldKit) => ({
  service: f.serviceCategory,
  region: f.region,
  monthlyCost: f.optionalQuantity,
  quantity: f.optionalQuantity,
  priceItem: f.optionalPriceId,
  supports: f.lineRef,
});

export type ServiceLine = LineOf<'service', typeof fields>;

const fieldLabels: FieldLabels<typeof fields> = {
  service: 'Service',
  monthlyCost: 'Monthly cost',
  quantity: 'Quantity',
  priceItem: 'Price item',
  supports: 'Supports',
};

/** The monthly cost (a) as it is. */
const monthlyCost = (_f: CostFormula, a: number) => a;
/** Units (a) at the item's unit price (k0). */
const pricedQuantity = (f: CostFormula, a: number) => a * f.k0;

export const serviceKind: LineKindModule<ServiceLine> = {
  kind: 'service',
  label: 'Service',
  description: 'Supporting service: a monthly cost or quantity × price',
  fields,
  fieldLabels,
  quantityFields: ['monthlyCost', 'quantity'],
  newLine: { name: 'New service', service: 'other', monthlyCost: 100 },
  service: (line) => line.service,
  pricesUsed: (line) => (line.priceItem === null ? [] : [{ kind: 'service', id: line.priceItem, fields: ['price'] }]),
  priceAsk: (line) =>
    line.monthlyCost === null && line.priceItem !== null ? { kind: 'service', item: line.priceItem } : null,
  // Support plans, Marketplace and upfront commitments are never paid by credits.
  creditEligibleByDefault: (line) => !ALWAYS_CASH_CATEGORIES.includes(line.service),
  setUpCost(line, setup) {
    if (line.monthlyCost !== null) {
      setup.quantity('monthlyCost', line.monthlyCost, NON_NEGATIVE);
      return costFormula(monthlyCost);
    }
    if (line.quantity !== null && line.priceItem !== null) {
      setup.quantity('quantity', line.quantity, NON_NEGATIVE);
      const price = setup.prices.serviceItem(line.priceItem);
      if (!price.ok) {
        setup.priceMissing('priceItem', { reason: 'lookup', detail: price.message });
        return null;
      }
      return costFormula(pricedQuantity, price.value.price);
    }
    setup.incomplete('monthlyCost');
    return null;
  },
};
