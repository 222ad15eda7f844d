import { describe, expect, it } from 'vitest';
import { workbookSchema } from '../../../shared/model';
import { bundledPriceBook, createPriceResolver, priceSnapshot, withPriceSnapshot } from '../../../shared/prices';

const book = bundledPriceBook();

function workbook() {
  return workbookSchema.parse({
    format: 'creditstack.workbook',
    version: 1,
    priceOverrides: { 'bedrock/claude-sonnet-4': { input: 2 } },
    scenarios: [
      {
        id: 'a',
        startMonth: '2027-01',
        lines: [
          { id: 'chat', kind: 'bedrock', model: 'claude-sonnet-4' },
          {
            id: 'train',
            kind: 'training',
            platform: 'sagemaker',
            instanceType: 'ml.p4d.24xlarge',
            fallbackInstanceType: 'p5e.48xlarge',
          },
          {
            id: 'ocu',
            kind: 'service',
            service: 'opensearch-serverless',
            quantity: 1460,
            priceItem: 'opensearch-serverless-ocu',
          },
        ],
      },
      {
        id: 'b',
        startMonth: '2027-01',
        lines: [
          { id: 'ec2', kind: 'training', platform: 'ec2', instanceType: 'p4d.24xlarge' },
          { id: 'serve', kind: 'endpoint', instanceType: 'ml.g5.xlarge' },
          { id: 'cheap', kind: 'bedrock', model: 'claude-3-haiku', endpointScope: 'regional' },
          { id: 'mystery', kind: 'bedrock', model: 'no-such-model' },
          { id: 'flat', kind: 'service', service: 'support', monthlyCost: 100 },
        ],
      },
    ],
  });
}

describe('priceSnapshot', () => {
  it('lists exactly the entries and fields the lines use, at bundled prices, without derived or missing ones', () => {
    expect(priceSnapshot(workbook(), book)).toEqual({
      // Claude 3 Haiku lists its batch price; Sonnet 4 does not (derived at lookup, so not stored).
      'bedrock/claude-3-haiku': {
        input: 0.25,
        output: 1.25,
        batchInput: 0.125,
        batchOutput: 0.625,
        cacheRead: 0.025,
        cacheWrite: 0.3125,
      },
      // Regional and dated rows of the entries used are kept too (rev 2): the EU profile rows.
      'bedrock/claude-3-haiku@eu': { input: 0.25, output: 1.25 },
      // The book's price, not the workbook's override of input (the file carries that already).
      'bedrock/claude-sonnet-4': { input: 3, output: 15, cacheRead: 0.3, cacheWrite: 3.75 },
      'bedrock/claude-sonnet-4@eu': { input: 3, output: 15 },
      'instance/g5.xlarge': { sagemakerInference: 1.4084 },
      // ec2 (scenario b) and SageMaker training (scenario a); p5e has no price, so it is absent.
      'instance/p4d.24xlarge': { ec2: 21.957642, sagemakerTraining: 25.2512883 },
      // The EU EC2 rows and the pre-June-2025 legacy row.
      'instance/p4d.24xlarge@eu-central-1': { ec2: 27.43298 },
      'instance/p4d.24xlarge@eu-west-1': { ec2: 23.71569 },
      'instance/p4d.24xlarge@through-2025-05': { ec2: 32.7726, sagemakerTraining: 37.688 },
      'service/opensearch-serverless-ocu': { price: 0.24 },
    });
  });

  it('keeps the values of an existing snapshot and sorts keys', () => {
    const wb = {
      ...workbook(),
      priceBook: {
        asOf: '2026-02-01',
        entries: { 'instance/p4d.24xlarge': { ec2: 32.7726 }, 'service/unused': { price: 9 } },
      },
    };
    const snap = priceSnapshot(wb, book);
    expect(snap['instance/p4d.24xlarge']).toEqual({ ec2: 32.7726, sagemakerTraining: 25.2512883 });
    expect(snap['service/unused']).toBeUndefined();
    expect(Object.keys(snap)).toEqual([...Object.keys(snap)].sort());
  });

  it('reproduces the same lookups after the book changes', () => {
    const saved = withPriceSnapshot(workbook(), book);
    const cheaper = {
      ...book,
      instances: book.instances.map((i) => (i.id === 'p4d.24xlarge' ? { ...i, ec2: { ...i.ec2, price: 10 } } : i)),
    };
    const r = createPriceResolver(cheaper, saved.priceOverrides, saved.priceBook!.entries);
    expect(r.instance('p4d.24xlarge', 'ec2')).toMatchObject({ ok: true, value: 21.957642 });
    expect(createPriceResolver(cheaper, {}, null).instance('p4d.24xlarge', 'ec2')).toMatchObject({
      ok: true,
      value: 10,
    });
  });
});

describe('withPriceSnapshot', () => {
  it('returns a new workbook with the book date and the snapshot, leaving the input untouched', () => {
    const wb = workbook();
    const before = JSON.stringify(wb);
    const saved = withPriceSnapshot(wb, book);
    expect(saved).not.toBe(wb);
    expect(JSON.stringify(wb)).toBe(before);
    expect(saved.priceBook).toEqual({ asOf: '2026-08-19', entries: priceSnapshot(wb, book) });
  });

  it('writes a snapshot the workbook schema loads back unchanged', () => {
    // Scenario a only: SageMaker training, Bedrock and a service item.
    const wb = workbook();
    const saved = withPriceSnapshot({ ...wb, scenarios: [wb.scenarios[0]] }, book);
    // Sonnet 4 and its EU row, p4d (SageMaker training) and its legacy row, the OCU item.
    expect(Object.keys(saved.priceBook!.entries)).toHaveLength(5);
    expect(workbookSchema.parse(JSON.parse(JSON.stringify(saved)))).toEqual(saved);
  });

  it('keeps the date of an existing snapshot, whose prices it keeps', () => {
    const wb = { ...workbook(), priceBook: { asOf: '2026-02-01', entries: {} } };
    expect(withPriceSnapshot(wb, book).priceBook!.asOf).toBe('2026-02-01');
  });
});
