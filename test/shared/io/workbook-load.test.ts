import { describe, expect, it } from 'vitest';
import { formatLoadError, parseWorkbookBytes, parseWorkbookText, serializeWorkbook } from '../../../shared/io';
import { CONTRACT_EXAMPLE, loaded } from './fixtures';

describe('loading the contract example', () => {
  it('loads with every value as written, and the missing optional fields defaulted', () => {
    const { workbook, migratedFrom } = loaded(parseWorkbookText(CONTRACT_EXAMPLE));
    // The contract example is a version 1 file: it loads upgraded, with nothing renamed.
    expect(migratedFrom).toBe(1);
    expect(workbook.title).toBe('Series A plan');
    expect(workbook.company).toEqual({
      name: 'Acme AI',
      stage: 'series-a',
      aiFirst: true,
      euDataResidency: false,
      hipaa: false,
      cashOnHand: 4_000_000,
      otherMonthlyBurn: 220_000,
    });
    expect(workbook.priceOverrides).toEqual({
      'bedrock/claude-sonnet-4': { input: 3, output: 15 },
      'instance/p4d.24xlarge': { sagemakerTraining: 25.25 },
    });
    expect(workbook.priceBook).toBeNull();
    const [s] = workbook.scenarios;
    expect(s.assumptions).toEqual([{ name: 'growth', expr: '0.05', note: 'm/m token growth' }]);
    expect(s.pools).toEqual([
      {
        id: 'poc',
        name: 'Bedrock POC',
        program: 'bedrock-poc',
        amount: 25_000,
        startMonth: 0,
        validityMonths: 12,
        included: true,
        paused: false,
        notes: '',
      },
    ]);
    expect(s.lines).toEqual([
      {
        id: 'sum',
        name: 'Summarization',
        kind: 'bedrock',
        workstream: 'Summarization',
        model: 'claude-sonnet-4',
        endpointScope: 'global',
        region: 'us-east-1',
        // Expression text is kept exactly as typed.
        inputTokensPerDay: '10e6 * (1 + growth)^m',
        outputTokensPerDay: 2_000_000,
        cachedInputShare: 0,
        batchShare: 0,
        startMonth: 0,
        endMonth: null,
        fundedBy: 'poc',
        creditEligible: true,
        notes: '',
      },
    ]);
  });

  it('round-trips: save, load, save again gives the same bytes', () => {
    const first = serializeWorkbook(loaded(parseWorkbookText(CONTRACT_EXAMPLE)).workbook);
    const second = serializeWorkbook(loaded(parseWorkbookText(first)).workbook);
    expect(second).toBe(first);
    // The saved file names the same things the contract does.
    expect(first).toContain('"inputTokensPerDay": "10e6 * (1 + growth)^m",');
  });

  it('loads from UTF-8 bytes, with or without a BOM', () => {
    const bytes = new TextEncoder().encode(CONTRACT_EXAMPLE);
    expect(loaded(parseWorkbookBytes(bytes)).workbook.title).toBe('Series A plan');
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    expect(loaded(parseWorkbookBytes(withBom)).workbook.title).toBe('Series A plan');
    expect(loaded(parseWorkbookText(`\uFEFF${CONTRACT_EXAMPLE}`)).workbook.title).toBe('Series A plan');
  });
});

describe('a hand-written minimal file', () => {
  it('gets every default', () => {
    const text = JSON.stringify({
      format: 'creditstack.workbook',
      version: 1,
      scenarios: [
        {
          id: 'base',
          startMonth: '2027-01',
          assumptions: [{ name: 'g', expr: 1 }],
          pools: [
            { id: 'f', program: 'founders', amount: 5000 },
            { id: 'c', program: 'custom', amount: 100, services: ['s3', 's3', 'bedrock'] },
          ],
          lines: [
            { id: 'b', kind: 'bedrock', model: 'claude-sonnet-4' },
            { id: 't', kind: 'training', instanceType: 'p4d.24xlarge' },
            { id: 'e', kind: 'endpoint', instanceType: 'g5.xlarge' },
            { id: 's', kind: 'service', service: 'support' },
            { id: 'o', kind: 'service', service: 's3' },
          ],
        },
      ],
    });
    const { workbook } = loaded(parseWorkbookText(text));
    expect(workbook.title).toBe('Untitled plan');
    expect(workbook.company).toEqual({
      name: '',
      stage: 'seed',
      aiFirst: false,
      euDataResidency: false,
      hipaa: false,
      cashOnHand: null,
      otherMonthlyBurn: 0,
    });
    expect(workbook.priceOverrides).toEqual({});
    expect(workbook.priceBook).toBeNull();
    const [s] = workbook.scenarios;
    expect({ ...s, assumptions: undefined, pools: undefined, lines: undefined }).toEqual({
      id: 'base',
      name: '',
      startMonth: '2027-01',
      horizonMonths: 24,
      daysPerMonth: 30,
      hoursPerMonth: 730,
      allocation: 'aws-billing',
      assumptions: undefined,
      pools: undefined,
      lines: undefined,
    });
    expect(s.assumptions).toEqual([{ name: 'g', expr: 1, note: '' }]);
    // Founders credits last 12 months unless the file says otherwise; a custom pool lists its
    // services once each.
    expect(s.pools).toEqual([
      {
        id: 'f',
        name: '',
        program: 'founders',
        amount: 5000,
        startMonth: 0,
        validityMonths: 12,
        included: true,
        paused: false,
        notes: '',
      },
      {
        id: 'c',
        name: '',
        program: 'custom',
        amount: 100,
        startMonth: 0,
        validityMonths: 12,
        included: true,
        paused: false,
        services: ['s3', 'bedrock'],
        notes: '',
      },
    ]);
    const tail = { startMonth: 0, endMonth: null, fundedBy: null, creditEligible: true, notes: '' };
    expect(s.lines).toEqual([
      {
        id: 'b',
        name: '',
        kind: 'bedrock',
        workstream: '',
        model: 'claude-sonnet-4',
        endpointScope: 'global',
        region: 'us-east-1',
        inputTokensPerDay: 0,
        outputTokensPerDay: 0,
        cachedInputShare: 0,
        batchShare: 0,
        ...tail,
      },
      {
        id: 't',
        name: '',
        kind: 'training',
        workstream: '',
        platform: 'sagemaker',
        instanceType: 'p4d.24xlarge',
        region: 'us-east-1',
        instanceCount: 1,
        hoursPerRun: 0,
        runsPerMonth: 1,
        spotDiscount: 0,
        fallbackInstanceType: null,
        ...tail,
      },
      {
        id: 'e',
        name: '',
        kind: 'endpoint',
        workstream: '',
        instanceType: 'g5.xlarge',
        region: 'us-east-1',
        instanceCount: 1,
        hoursPerMonth: null,
        ...tail,
      },
      {
        id: 's',
        name: '',
        kind: 'service',
        workstream: '',
        service: 'support',
        region: 'us-east-1',
        monthlyCost: null,
        quantity: null,
        priceItem: null,
        supports: null,
        // Support plans are never paid by credits.
        ...tail,
        creditEligible: false,
      },
      {
        id: 'o',
        name: '',
        kind: 'service',
        workstream: '',
        service: 's3',
        region: 'us-east-1',
        monthlyCost: null,
        quantity: null,
        priceItem: null,
        supports: null,
        ...tail,
      },
    ]);
  });
});

describe('formatLoadError', () => {
  it('puts file, path and message on one line', () => {
    expect(
      formatLoadError('plan.creditstack', { path: 'scenarios[0].lines[2].model', message: 'must be a price-book id' }),
    ).toBe('plan.creditstack: scenarios[0].lines[2].model: must be a price-book id');
    expect(formatLoadError('plan.creditstack', { path: null, message: 'the file is empty' })).toBe(
      'plan.creditstack: the file is empty',
    );
  });

  it('keeps a hostile file name from breaking the line', () => {
    expect(formatLoadError('a\nb\u202E.creditstack', { path: null, message: 'x' })).toBe(
      'a\\u000Ab\\u202E.creditstack: x',
    );
  });

  it('quotes odd keys in paths', () => {
    const r = parseWorkbookText(
      JSON.stringify({
        format: 'creditstack.workbook',
        version: 1,
        priceOverrides: { 'bedrock/m': { input: -1 } },
        scenarios: [{ id: 's', startMonth: '2027-01' }],
      }),
    );
    expect(r).toEqual({
      ok: false,
      error: { path: 'priceOverrides["bedrock/m"].input', message: 'must not be negative' },
    });
  });
});
