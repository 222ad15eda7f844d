// The sample workbooks: each loads, is saved in canonical form, and models what its notes say.
// Budget figures are the Series-A breakdown of the source guide, checked by hand arithmetic.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CLAUDE_COMPARISON_MODELS, createEngine, type ScenarioResult } from '../../shared/engine';
import { parseWorkbookText, serializeWorkbook } from '../../shared/io';
import { QUANTITY_FIELDS, workbookSchema, type Scenario, type Workbook } from '../../shared/model';

const DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../assets/templates');
const INDEX = JSON.parse(readFileSync(join(DIR, 'index.json'), 'utf8')) as {
  name: string;
  file: string;
  title: string;
  description: string;
}[];

function load(file: string): Workbook {
  const result = parseWorkbookText(readFileSync(join(DIR, file), 'utf8'));
  if (!result.ok) throw new Error(`${file}: ${result.error.path}: ${result.error.message}`);
  return result.workbook;
}

const scenario = (wb: Workbook, id: string): Scenario => wb.scenarios.find((s) => s.id === id)!;

describe('template index', () => {
  it('lists every template file once, with a title and a description', () => {
    const files = readdirSync(DIR)
      .filter((f) => f.endsWith('.creditstack'))
      .sort();
    expect(INDEX.map((t) => t.file).sort()).toEqual(files);
    expect(INDEX.map((t) => t.name)).toEqual(['series-a', 'seed-ml', 'model-comparison']);
    for (const t of INDEX) {
      expect(t.file).toBe(`${t.name}.creditstack`);
      expect(t.title.length).toBeGreaterThan(0);
      expect(t.description.length).toBeGreaterThan(20);
      expect(load(t.file).title).toBe(t.title);
    }
  });
});

describe.each(INDEX.map((t) => t.file))('%s', (file) => {
  const text = readFileSync(join(DIR, file), 'utf8');

  it('passes the workbook schema as written', () => {
    const parsed = workbookSchema.safeParse(JSON.parse(text));
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues[0])).toBe(true);
  });

  it('is in saved form: loading and saving it changes no byte', () => {
    expect(serializeWorkbook(load(file))).toBe(text);
  });

  it('gives every line a workstream, and no workstream is claimed by two pools', () => {
    for (const s of load(file).scenarios) {
      const claims = new Map<string, Set<string>>();
      for (const line of s.lines) {
        expect(line.workstream, `${s.id}/${line.id}`).not.toBe('');
        if (line.fundedBy === null) continue;
        const pools = claims.get(line.workstream) ?? new Set<string>();
        pools.add(line.fundedBy);
        claims.set(line.workstream, pools);
      }
      for (const [workstream, pools] of claims) expect([...pools], `${s.id}: ${workstream}`).toHaveLength(1);
    }
  });

  it('uses every assumption it defines (in a line quantity or in another assumption)', () => {
    for (const s of load(file).scenarios) {
      for (const a of s.assumptions) {
        const word = new RegExp(`\\b${a.name}\\b`);
        const inLine = s.lines.some((l) =>
          (QUANTITY_FIELDS[l.kind] as readonly string[]).some((f) => {
            const v = (l as Record<string, unknown>)[f];
            return typeof v === 'string' && word.test(v);
          }),
        );
        const inAssumption = s.assumptions.some((b) => b !== a && typeof b.expr === 'string' && word.test(b.expr));
        expect(inLine || inAssumption, `${s.id}: assumption ${a.name}`).toBe(true);
      }
    }
  });

  it('uses only the current Claude models, each month at a listed Bedrock price for its region', () => {
    const wb = load(file);
    for (const s of wb.scenarios)
      for (const line of s.lines)
        if (line.kind === 'bedrock' && line.model.startsWith('claude-'))
          expect(CLAUDE_COMPARISON_MODELS, `${s.id}/${line.id}`).toContain(line.model);
    // No Bedrock month at a promotion, legacy or unsourced price, none at another region's price.
    for (const r of createEngine().computeWorkbook(wb)) {
      const bedrockPriceIssues = r.issues.filter(
        (i) =>
          (i.code === 'PRICE_DATED' || i.code === 'PRICE_REGION_FALLBACK') && i.params.priceKey.startsWith('bedrock/'),
      );
      expect(bedrockPriceIssues, r.id).toEqual([]);
    }
  });

  it('computes without errors', () => {
    for (const r of createEngine().computeWorkbook(load(file))) {
      expect(
        r.issues.filter((i) => i.severity === 'error'),
        r.id,
      ).toEqual([]);
    }
  });
});

describe('model-comparison', () => {
  const wb = load('model-comparison.creditstack');
  const results = new Map(
    createEngine()
      .computeWorkbook(wb)
      .map((r) => [r.id, r] as const),
  );

  it('holds three scenarios of one Bedrock line at 10M input + 2M output tokens a day', () => {
    expect(wb.scenarios.map((s) => s.id)).toEqual(['opus', 'sonnet', 'haiku']);
    // The current Opus, Sonnet and Haiku (the same list Compare models preselects).
    const models = { opus: 'claude-opus-5', sonnet: 'claude-sonnet-5', haiku: 'claude-haiku-4-5' } as const;
    expect(Object.values(models)).toEqual(CLAUDE_COMPARISON_MODELS);
    for (const s of wb.scenarios) {
      expect(s.startMonth).toBe('2027-01');
      expect(s.horizonMonths).toBe(24);
      expect(s.daysPerMonth).toBe(30);
      expect(s.lines).toHaveLength(1);
      const line = s.lines[0]!;
      expect(line.kind).toBe('bedrock');
      if (line.kind !== 'bedrock') continue;
      expect(line.model).toBe(models[s.id as keyof typeof models]);
      expect(line.cachedInputShare).toBe(0);
      expect(line.batchShare).toBe(0);
      // The token volumes are assumptions (one cell to change to double the volume).
      const assumption = (name: string) => Number(s.assumptions.find((a) => a.name === name)!.expr);
      expect(line.inputTokensPerDay).toBe('tokens_in_per_day');
      expect(line.outputTokensPerDay).toBe('tokens_out_per_day');
      expect(assumption('tokens_in_per_day')).toBe(10_000_000);
      expect(assumption('tokens_out_per_day')).toBe(2_000_000);
      expect(s.pools).toEqual([
        expect.objectContaining({
          program: 'bedrock-poc',
          amount: 25_000,
          startMonth: 0,
          validityMonths: 24,
          included: true,
          paused: false,
        }),
      ]);
      expect(line.fundedBy).toBe(s.pools[0]!.id);
    }
  });

  it.each([
    // Global-endpoint prices per 1M tokens (input / output): Opus 5 $5 / $25, Sonnet 5 $3 / $15 (its
    // regular price from 2026-09; the template starts 2027-01), Haiku 4.5 $1 / $5.
    // 30 x (10 x 5 + 2 x 25) = 3,000; 30 x (10 x 3 + 2 x 15) = 1,800; 30 x (10 x 1 + 2 x 5) = 600
    ['opus', 3_000],
    ['sonnet', 1_800],
    ['haiku', 600],
  ])('%s costs $%d a month in every month', (id, monthly) => {
    const r = results.get(id)!;
    for (const v of r.lines[0]!.monthly) expect(v).toBeCloseTo(monthly, 9);
  });
});

/** Sum of line totals over the horizon, by line id. */
function totals(r: ScenarioResult, ids: readonly string[]): number {
  return ids.reduce((sum, id) => sum + r.lines.find((l) => l.id === id)!.total, 0);
}

describe('series-a', () => {
  const wb = load('series-a.creditstack');
  const results = createEngine().computeWorkbook(wb);

  it('is the Series-A AI-first company with the two stacks', () => {
    expect(wb.title).toBe('Series A GenAI stack');
    expect(wb.company).toMatchObject({
      stage: 'series-a',
      aiFirst: true,
      cashOnHand: 4_000_000,
      otherMonthlyBurn: 220_000,
    });
    expect(wb.scenarios.map((s) => s.id)).toEqual(['stack', 'stack-accelerator']);
    const amounts = (id: string) => Object.fromEntries(scenario(wb, id).pools.map((p) => [p.program, p.amount]));
    expect(amounts('stack')).toEqual({ portfolio: 100_000, build: 25_000, 'bedrock-poc': 25_000 });
    expect(amounts('stack-accelerator')).toEqual({
      portfolio: 100_000,
      build: 25_000,
      'bedrock-poc': 25_000,
      accelerator: 300_000,
    });
    for (const s of wb.scenarios) {
      expect(s.startMonth).toBe('2027-01');
      expect(s.horizonMonths).toBe(24);
      expect(s.pools.find((p) => p.program === 'portfolio')!.validityMonths).toBe(24);
      expect(s.pools.find((p) => p.program === 'bedrock-poc')!.validityMonths).toBe(12);
    }
  });

  it.each(['stack', 'stack-accelerator'])(
    '%s: declared budgets per pool match the application breakdown within 2%%',
    (id) => {
      const r = results.find((x) => x.id === id)!;
      const declared = (poolId: string) => r.pools.find((p) => p.id === poolId)!.declared;
      // Portfolio: 35K + 18K + 8K + 6K + 14K + 4K + 5K + 10K = 100K over 18 months.
      expect(Math.abs(declared('portfolio') / 100_000 - 1)).toBeLessThan(0.02);
      // Build for Startups: the SOC 2 telemetry workstream, 9K + 5K + 6K + 5K = 25K.
      expect(Math.abs(declared('build') / 25_000 - 1)).toBeLessThan(0.02);
      // Bedrock POC: 15K Claude + 5K OpenSearch + 5K Lambda = 25K.
      expect(Math.abs(declared('poc') / 25_000 - 1)).toBeLessThan(0.02);
    },
  );

  it('each Portfolio item is near its figure in the breakdown (within 2%)', () => {
    const r = results.find((x) => x.id === 'stack')!;
    const items: [string[], number][] = [
      // ml.p4d.24xlarge: 77 h x $25.2512883 x 18 = $34,998.28
      [['sm-training'], 35_000],
      // 3 x ml.m5.xlarge x 730 h x $0.23 + ml.g5.xlarge x 352 h x $1.4084 = $999.46 a month, x 18 = $17,990.24
      [['endpoint-tickets', 'endpoint-doctype'], 18_000],
      [['aurora'], 8_000],
      [['s3-datasets'], 6_000],
      [['opensearch-vectors'], 14_000],
      [['lambda-orchestration'], 4_000],
      [['cloudfront', 'nat-gateway'], 5_000],
      [['cloudwatch'], 10_000],
    ];
    for (const [ids, figure] of items) expect(Math.abs(totals(r, ids) / figure - 1), ids.join('+')).toBeLessThan(0.02);
    // Claude inference inside the POC: 30 x $35.25 x (1.03^12 - 1) / 0.03 = $15,008.1
    expect(totals(r, ['summarize-poc'])).toBeCloseTo(15_008.1, 0);
    expect(totals(r, ['poc-vector-index'])).toBeCloseTo(5_000, 6);
    expect(totals(r, ['poc-orchestration'])).toBeCloseTo(5_000, 6);
  });

  it('runs the summarization on the current Sonnet and the contract agent on the current Opus', () => {
    const r = results.find((x) => x.id === 'stack-accelerator')!;
    const monthly = (id: string) => r.lines.find((l) => l.id === id)!.monthly;
    // Sonnet 5 at its regular global price ($3 / $15 per 1M tokens): 30 x (6 x 3 + 1.15 x 15)
    // = 30 x 35.25 = $1,057.50 in month 0; month 12 (production) 1,057.50 x 1.03^12 = 1,507.74.
    expect(monthly('summarize-poc')[0]).toBeCloseTo(1_057.5, 6);
    expect(monthly('summarize-production')[12]).toBeCloseTo(1_057.5 * 1.03 ** 12, 6);
    // Opus 5 at its global price ($5 / $25): 30 x (3 x 5 + 0.6 x 25) = 30 x 30 = $900 at launch
    // (month 6), $927 in month 7; nothing before month 6.
    expect(monthly('contract-agent')[5]).toBe(0);
    expect(monthly('contract-agent')[6]).toBeCloseTo(900, 6);
    expect(monthly('contract-agent')[7]).toBeCloseTo(927, 6);
  });

  it('stack-accelerator: $240,200.83 over 24 months, all paid by credits (no cliff at 3% growth)', () => {
    const r = results.find((x) => x.id === 'stack-accelerator')!;
    // Portfolio lines, months 0-17: 18 x (77 x 25.2512883 + 3 x 730 x 0.23 + 352 x 1.4084 + 47,000/18)
    //   = 18 x 5,554.9171 = 99,988.51; Build 25,000; SOC 2 run rate 12 x 1,200 = 14,400; platform
    //   run rate 6 x 100,000/18 = 33,333.33; POC services 10,000: 182,721.84 without the Bedrock lines.
    // Sonnet 5 summarization, months 0-23: 1,057.50 x (1.03^24 - 1) / 0.03 = 1,057.50 x 34.426470 = 36,405.99.
    // Opus 5 agent, months 6-23: 900 x (1.03^18 - 1) / 0.03 = 900 x 23.414435 = 21,072.99.
    // 182,721.84 + 36,405.99 + 21,072.99 = 240,200.83 < the 450,000 of credits.
    expect(r.kpis.totalCost).toBeCloseTo(240_200.83, 2);
    expect(r.kpis.cashCost).toBeCloseTo(0, 6);
    expect(r.kpis.creditCliffMonth).toBeNull();
  });

  it('the Bedrock POC service lines support the Bedrock line and the POC pays only for that workload', () => {
    for (const s of wb.scenarios) {
      const poc = s.pools.find((p) => p.program === 'bedrock-poc')!;
      const funded = s.lines.filter((l) => l.fundedBy === poc.id);
      expect(funded.map((l) => l.kind).sort()).toEqual(['bedrock', 'service', 'service']);
      const bedrockLine = funded.find((l) => l.kind === 'bedrock')!;
      for (const l of funded) if (l.kind === 'service') expect(l.supports).toBe(bedrockLine.id);
    }
  });

  it('training and endpoint lines use instance types the price book prices', () => {
    const types = wb.scenarios.flatMap((s) =>
      s.lines.flatMap((l) => (l.kind === 'training' || l.kind === 'endpoint' ? [l.instanceType] : [])),
    );
    expect(new Set(types)).toEqual(new Set(['p4d.24xlarge', 'm5.xlarge', 'g5.xlarge']));
    for (const r of results) expect(r.issues.filter((i) => i.code === 'PRICE_MISSING')).toEqual([]);
  });
});

describe('seed-ml', () => {
  const wb = load('seed-ml.creditstack');
  const [r] = createEngine().computeWorkbook(wb);

  it('is a seed-stage, not AI-first company with the $85K stack', () => {
    expect(wb.company).toMatchObject({ stage: 'seed', aiFirst: false });
    const pools = wb.scenarios[0]!.pools;
    expect(Object.fromEntries(pools.map((p) => [p.program, p.amount]))).toEqual({
      portfolio: 50_000,
      build: 25_000,
      'bedrock-poc': 10_000,
    });
  });

  it('declares budgets that match each pool', () => {
    const declared = (id: string) => r!.pools.find((p) => p.id === id)!.declared;
    // Portfolio over 24 months: training 7.09 x 6 x 12 = 510.48, endpoint 1.4084 x 730 = 1,028.132,
    // S3 8,000 x 0.023 = 184, Aurora 730 x 0.12 = 87.60, NAT 730 x 0.045 = 32.85, Lambda 100,
    // CloudWatch 150: 2,093.062 a month, x 24 = $50,233.49.
    expect(declared('portfolio')).toBeCloseTo(50_233.49, 1);
    // Build over 12 months: 5.752 x 4 x 60 = 1,380.48 + 300 + 250 + 150 = 2,080.48 a month = $24,965.76.
    expect(declared('build')).toBeCloseTo(24_965.76, 1);
    // POC over 12 months: 30 x (25 x 1 + 2.5 x 5) x (0.2 + 0.8 x 0.5) = 675 + 60 + 100 = 835 a month = $10,020.
    expect(declared('poc')).toBeCloseTo(10_020, 1);
  });

  it('spends about what the stack holds: no credit expires unused, the cliff comes in the last month', () => {
    // 85,219.25 of spend against 85,000 of credits: 219.25 in cash, all in month 23.
    expect(r!.kpis.creditsForfeited).toBeCloseTo(0, 6);
    expect(r!.kpis.cashCost).toBeCloseTo(219.25, 2);
    expect(r!.kpis.creditCliffMonth).toBe(23);
  });
});
