// An endpoint line: SageMaker inference instances, always on unless it says how many hours a month.
import type { FieldKit, LineOf } from '../model/schema';
import {
  costFormula,
  datedFormula,
  NON_NEGATIVE,
  type Bounds,
  type CostFormula,
  type FieldLabels,
  type LineKindModule,
} from './kind';

const fields = (f: FieldKit) => ({
  instanceType: f.priceId,
  region: f.region,
  instanceCount: f.quantity(1),
  // null: always on, the scenario's hoursPerMonth.
  hoursPerMonth: f.optionalQuantity,
});

export type EndpointLine = LineOf<'endpoint', typeof fields>;

const fieldLabels: FieldLabels<typeof fields> = {
  instanceType: 'Instance type',
  instanceCount: 'Instances',
  hoursPerMonth: 'Hours/month',
};

/** A month has at most 31 x 24 hours. */
const ENDPOINT_HOURS: Bounds = { min: 0, max: 744 };

/** instances (a) x hours (b) x hourly price (k0). */
function endpointCost(f: CostFormula, a: number, b: number): number {
  return a * b * f.k0;
}

export const endpointKind: LineKindModule<EndpointLine> = {
  kind: 'endpoint',
  label: 'Endpoint',
  description: 'SageMaker endpoint: instances, always on',
  fields,
  fieldLabels,
  quantityFields: ['instanceCount', 'hoursPerMonth'],
  newLine: { name: 'New endpoint', instanceType: 'g5.xlarge', instanceCount: 1 },
  service: () => 'sagemaker',
  pricesUsed: (line) => [{ kind: 'instance', id: line.instanceType, fields: ['sagemakerInference'] }],
  priceAsk: (line) => ({
    kind: 'instance',
    instanceType: line.instanceType,
    use: 'sagemakerInference',
    region: line.region,
  }),
  setUpCost(line, setup) {
    setup.quantity('instanceCount', line.instanceCount, NON_NEGATIVE);
    setup.quantity('hoursPerMonth', line.hoursPerMonth ?? setup.hoursPerMonth, ENDPOINT_HOURS);
    const price = setup.prices.instance(line.instanceType, 'sagemakerInference', line.region);
    if (!price.ok) {
      setup.priceMissing('instanceType', { reason: 'lookup', detail: price.message });
      return null;
    }
    return datedFormula(setup, 'instanceType', price, line.startMonth, (hourly) => costFormula(endpointCost, hourly));
  },
};
