// A tiny workbook the engine worker computes once while the window loads: the first expression
// parse sets up the parser and the first computation compiles the engine's hot paths, so the
// user's first result comes back fast. Written out in full (with every default) rather than
// passed through the schema, so that the worker needs no schema library at all; a test checks
// that the schema reads it back unchanged.
import type { Workbook } from '../../../shared/model';

export const WARM_UP_WORKBOOK: Workbook = {
  format: 'creditstack.workbook',
  version: 2,
  title: 'Warm-up',
  company: {
    name: '',
    stage: 'seed',
    aiFirst: false,
    euDataResidency: false,
    hipaa: false,
    cashOnHand: null,
    otherMonthlyBurn: 0,
  },
  priceOverrides: {},
  priceBook: null,
  scenarios: [
    {
      id: 'warm-up',
      name: '',
      startMonth: '2027-01',
      horizonMonths: 12,
      daysPerMonth: 30,
      hoursPerMonth: 730,
      allocation: 'aws-billing',
      assumptions: [{ name: 'growth', expr: '0.05', note: '' }],
      pools: [
        {
          id: 'p',
          name: '',
          program: 'portfolio',
          amount: 100000,
          startMonth: 0,
          validityMonths: 24,
          included: true,
          paused: false,
          notes: '',
        },
      ],
      lines: [
        {
          id: 'a',
          name: '',
          kind: 'bedrock',
          workstream: '',
          model: 'claude-sonnet-5',
          endpointScope: 'global',
          region: 'us-east-1',
          inputTokensPerDay: '1e6 * (1 + growth)^m',
          outputTokensPerDay: 100000,
          cachedInputShare: 0,
          batchShare: 0,
          startMonth: 0,
          endMonth: null,
          fundedBy: null,
          creditEligible: true,
          notes: '',
        },
        {
          id: 'b',
          name: '',
          kind: 'service',
          workstream: '',
          service: 'other',
          region: 'us-east-1',
          monthlyCost: 'max(100, 10 * m)',
          quantity: null,
          priceItem: null,
          supports: null,
          startMonth: 0,
          endMonth: null,
          fundedBy: null,
          creditEligible: true,
          notes: '',
        },
      ],
    },
  ],
};
