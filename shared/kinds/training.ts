// A training line: runs a month of so many hours on so many instances, on SageMaker or EC2,
// less the managed-spot saving.
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
  platform: f.choice(['sagemaker', 'ec2'], 'sagemaker'),
  instanceType: f.priceId,
  region: f.region,
  instanceCount: f.quantity(1),
  hoursPerRun: f.quantity(0),
  runsPerMonth: f.quantity(1),
  spotDiscount: f.quantity(0),
  fallbackInstanceType: f.optionalPriceId,
});

export type TrainingLine = LineOf<'training', typeof fields>;

const fieldLabels: FieldLabels<typeof fields> = {
  platform: 'Platform',
  instanceType: 'Instance type',
  instanceCount: 'Instances',
  hoursPerRun: 'Hours/run',
  runsPerMonth: 'Runs/month',
  spotDiscount: 'Spot discount',
  fallbackInstanceType: 'Fallback instance',
};

/** Managed spot saves at most 90%. */
const SPOT: Bounds = { min: 0, max: 0.9 };

/** runs x hours x instances x hourly price (k0), less the spot discount. a: instances, b: hours a run, c: runs a month, d: spot discount. */
function trainingCost(f: CostFormula, a: number, b: number, c: number, d: number): number {
  return c * b * a * f.k0 * (1 - d);
}

const priceUse = (line: TrainingLine) => (line.platform === 'ec2' ? 'ec2' : 'sagemakerTraining');

export const trainingKind: LineKindModule<TrainingLine> = {
  kind: 'training',
  label: 'Training',
  description: 'Training runs: instances × hours × runs',
  fields,
  fieldLabels,
  quantityFields: ['instanceCount', 'hoursPerRun', 'runsPerMonth', 'spotDiscount'],
  newLine: {
    name: 'New training run',
    instanceType: 'g5.12xlarge',
    instanceCount: 1,
    hoursPerRun: 10,
    runsPerMonth: 4,
  },
  service: (line) => line.platform,
  pricesUsed(line) {
    const uses = [{ kind: 'instance' as const, id: line.instanceType, fields: [priceUse(line)] }];
    // The fallback is priced too, so a variant moved to it computes from the same snapshot.
    if (line.fallbackInstanceType !== null)
      uses.push({ kind: 'instance', id: line.fallbackInstanceType, fields: [priceUse(line)] });
    return uses;
  },
  priceAsk: (line) => ({ kind: 'instance', instanceType: line.instanceType, use: priceUse(line), region: line.region }),
  setUpCost(line, setup) {
    setup.quantity('instanceCount', line.instanceCount, NON_NEGATIVE);
    setup.quantity('hoursPerRun', line.hoursPerRun, NON_NEGATIVE);
    setup.quantity('runsPerMonth', line.runsPerMonth, NON_NEGATIVE);
    setup.quantity('spotDiscount', line.spotDiscount, SPOT);
    const price = setup.prices.instance(line.instanceType, priceUse(line), line.region);
    if (!price.ok) {
      setup.priceMissing('instanceType', { reason: 'lookup', detail: price.message });
      return null;
    }
    return datedFormula(setup, 'instanceType', price, line.startMonth, (hourly) => costFormula(trainingCost, hourly));
  },
};
