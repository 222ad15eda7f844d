// Files and helpers shared by the io tests.
import type { LoadResult } from '../../../shared/io';

// The example file of the file-format contract, as written there (compact lines and all).
export const CONTRACT_EXAMPLE = `{
  "format": "creditstack.workbook",
  "version": 1,
  "title": "Series A plan",
  "company": {
    "name": "Acme AI", "stage": "series-a", "aiFirst": true,
    "euDataResidency": false, "hipaa": false,
    "cashOnHand": 4000000, "otherMonthlyBurn": 220000
  },
  "priceOverrides": {
    "bedrock/claude-sonnet-4": { "input": 3, "output": 15 },
    "instance/p4d.24xlarge": { "sagemakerTraining": 25.25 }
  },
  "scenarios": [
    {
      "id": "sonnet", "name": "Sonnet 4",
      "startMonth": "2027-01", "horizonMonths": 24,
      "daysPerMonth": 30, "hoursPerMonth": 730,
      "allocation": "aws-billing",
      "assumptions": [ { "name": "growth", "expr": "0.05", "note": "m/m token growth" } ],
      "pools": [
        { "id": "poc", "name": "Bedrock POC", "program": "bedrock-poc", "amount": 25000,
          "startMonth": 0, "validityMonths": 12, "included": true, "paused": false }
      ],
      "lines": [
        { "id": "sum", "name": "Summarization", "kind": "bedrock", "workstream": "Summarization",
          "model": "claude-sonnet-4", "endpointScope": "global", "region": "us-east-1",
          "inputTokensPerDay": "10e6 * (1 + growth)^m", "outputTokensPerDay": 2000000,
          "cachedInputShare": 0, "batchShare": 0,
          "startMonth": 0, "endMonth": null, "fundedBy": "poc" }
      ]
    }
  ]
}
`;

/** The successful result, or a failure that shows the file's error. */
export function loaded(r: LoadResult) {
  if (!r.ok) throw new Error(`expected the file to load, got: ${r.error.path ?? ''}: ${r.error.message}`);
  return r;
}

/** A small valid file: one scenario with one pool and one line funded by it. */
export const baseFile = () => ({
  format: 'creditstack.workbook',
  version: 1,
  scenarios: [
    {
      id: 's',
      name: 'Base',
      startMonth: '2027-01',
      pools: [{ id: 'p', name: 'Founders', program: 'founders', amount: 5000 }],
      lines: [
        { id: 'l', name: 'Chat', kind: 'bedrock', model: 'claude-sonnet-4', inputTokensPerDay: 1000, fundedBy: 'p' },
      ],
    },
  ],
});

export const BASE_TEXT = JSON.stringify(baseFile(), null, 2);

/** BASE_TEXT with one piece of text replaced (throws if the piece is not there, so no test goes stale). */
export function edit(from: string, to: string, text = BASE_TEXT): string {
  if (!text.includes(from)) throw new Error(`fixture has no ${JSON.stringify(from)}`);
  return text.replace(from, to);
}
