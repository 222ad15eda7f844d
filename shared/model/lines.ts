// Facts about line kinds that the engine, the rules and the UI all need.
import type { Line } from './schema';
import type { BillingService, LineKind } from './vocabulary';

/** The quantity fields (number or expression) of each line kind, in display order. */
export const QUANTITY_FIELDS = {
  bedrock: ['inputTokensPerDay', 'outputTokensPerDay', 'cachedInputShare', 'batchShare'],
  training: ['instanceCount', 'hoursPerRun', 'runsPerMonth', 'spotDiscount'],
  endpoint: ['instanceCount', 'hoursPerMonth'],
  service: ['monthlyCost', 'quantity'],
} as const satisfies Record<LineKind, readonly string[]>;

export type QuantityField<K extends LineKind = LineKind> = (typeof QUANTITY_FIELDS)[K][number];

/** The AWS service a line bills under, which decides which pools may pay for it. */
export function lineService(line: Line): BillingService {
  switch (line.kind) {
    case 'bedrock':
      return 'bedrock';
    case 'training':
      return line.platform;
    case 'endpoint':
      return 'sagemaker';
    case 'service':
      return line.service;
  }
}

export function isActive(line: Line, m: number): boolean {
  return m >= line.startMonth && (line.endMonth === null || m <= line.endMonth);
}
