// Seeded synthetic workbooks for the benchmarks: N lines x H months x P pools (x S scenarios).
// Mixed line kinds priced from the bundled price book, half the lines growing month by month
// with a shared assumption, pools of several programs with different expiries, and fundedBy
// claims that keep one pool per workstream (so program rules see a plausible plan).
//
// Besides the workbook input it returns the same model as plain numbers (`PlainScenario`), which
// the hand-written and mathjs baselines compute: cost(m) = fixed + unit * base * factor(m) over
// the line's active months, factor(m) = (1 + growth)^m for growing lines, else 1 + 12 * growth.
import type { WorkbookInput } from '../../shared/model';
import { bundledPriceBook, createPriceResolver, type PriceResolver } from '../../shared/prices';
import { seededRandom, type Random } from './seeded-random';

export interface WorkbookSpec {
  lines: number;
  months: number;
  pools: number;
  /** Scenarios side by side: the same lines with a different growth and a model swapped. */
  scenarios?: number;
  seed?: number;
}

export interface PlainLine {
  fixed: number;
  unit: number;
  base: number;
  /** Grows with (1 + growth)^m; otherwise a month-independent 1 + 12 * growth. */
  monthly: boolean;
  /** Expression text of the growing quantity, as stored in the workbook. */
  expression: string;
  start: number;
  /** Last active month, inclusive. */
  end: number;
  cashOnly: boolean;
  /** Bit p set: pool p may pay this line. */
  eligible: number;
}

export interface PlainPool {
  amount: number;
  start: number;
  validity: number;
}

export interface PlainScenario {
  growth: number;
  months: number;
  lines: PlainLine[];
  pools: PlainPool[];
}

export interface GeneratedWorkbook {
  input: WorkbookInput;
  plain: PlainScenario[];
}

const DAYS = 30;
const HOURS = 730;
const BEDROCK_MODELS = [
  'claude-sonnet-4',
  'claude-3-haiku',
  'nova-pro',
  'claude-haiku-4-5',
  'claude-opus-4-1',
] as const;
// What each scenario puts where the first one uses claude-sonnet-4 ("what if we use Opus?").
const SONNET_SWAPS = ['claude-sonnet-4', 'claude-opus-4-1', 'claude-3-haiku', 'nova-pro', 'claude-sonnet-4-5'] as const;
const TRAINING_INSTANCES = ['g5.12xlarge', 'p4d.24xlarge', 'g5.48xlarge'] as const;
const ENDPOINT_INSTANCES = ['g5.xlarge', 'g5.2xlarge', 'inf2.xlarge', 'm5.xlarge'] as const;
const SERVICES = [
  's3',
  'opensearch-serverless',
  'lambda',
  'aurora',
  'cloudwatch',
  'nat-gateway',
  'cloudfront',
  'support',
] as const;
const BEDROCK_SUPPORT = new Set<string>(['s3', 'opensearch-serverless', 'lambda']);
const CASH_ONLY = new Set<string>(['support']);
const PROGRAMS = ['portfolio', 'bedrock-poc', 'build', 'founders', 'accelerator', 'custom'] as const;
const VALIDITIES = [6, 12, 18, 24, 36] as const;
const WORKSTREAMS = 20;

type Kind = 'bedrock' | 'training' | 'endpoint' | 'service';

/** A line as drawn once, before a scenario's variations are applied. */
interface LineDraft {
  kind: Kind;
  base: number;
  monthly: boolean;
  start: number;
  end: number | null;
  workstream: number;
  model: string;
  outputTokensPerDay: number;
  platform: 'sagemaker' | 'ec2';
  instanceType: string;
  instanceCount: number;
  hoursPerRun: number;
  spotDiscount: number;
  service: (typeof SERVICES)[number];
  supports: number | null;
}

interface PoolDraft {
  program: (typeof PROGRAMS)[number];
  start: number;
  validity: number;
  multiple: number;
  services: string[];
}

function drawKind(rng: Random): Kind {
  const r = rng.next();
  return r < 0.35 ? 'bedrock' : r < 0.55 ? 'training' : r < 0.7 ? 'endpoint' : 'service';
}

function drawLines(rng: Random, count: number, months: number): LineDraft[] {
  const drafts: LineDraft[] = [];
  const bedrockIndices: number[] = [];
  for (let i = 0; i < count; i++) {
    const kind = drawKind(rng);
    const start = rng.chance(0.7) ? 0 : rng.int(0, Math.floor(months / 3));
    const end = rng.chance(0.8) ? null : rng.int(start, months - 1);
    const base =
      kind === 'bedrock'
        ? rng.int(1_000_000, 50_000_000)
        : kind === 'training'
          ? Math.round(rng.between(1, 8) * 100) / 100
          : kind === 'endpoint'
            ? rng.int(1, 6)
            : Math.round(rng.between(100, 20_000) * 100) / 100;
    const service = rng.pick(SERVICES);
    const supports =
      kind === 'service' && BEDROCK_SUPPORT.has(service) && bedrockIndices.length > 0 && rng.chance(0.7)
        ? rng.pick(bedrockIndices)
        : null;
    drafts.push({
      kind,
      base,
      // Exactly half the lines grow month by month.
      monthly: i % 2 === 0,
      start,
      end,
      workstream: rng.int(0, WORKSTREAMS - 1),
      model: rng.pick(BEDROCK_MODELS),
      outputTokensPerDay: rng.int(100_000, 10_000_000),
      platform: rng.chance(0.7) ? 'sagemaker' : 'ec2',
      instanceType: kind === 'training' ? rng.pick(TRAINING_INSTANCES) : rng.pick(ENDPOINT_INSTANCES),
      instanceCount: rng.int(1, 4),
      hoursPerRun: rng.int(10, 120),
      spotDiscount: rng.pick([0, 0, 0.3, 0.5]),
      service,
      supports,
    });
    if (kind === 'bedrock') bedrockIndices.push(i);
  }
  return drafts;
}

function drawPools(rng: Random, count: number, months: number): PoolDraft[] {
  return Array.from({ length: count }, (_, p) => ({
    program: PROGRAMS[p % PROGRAMS.length],
    start: rng.int(0, Math.floor(months / 2)),
    validity: Math.min(120, rng.pick(VALIDITIES)),
    // Each pool holds one to six months of the month-0 spend, so pools run dry inside the horizon.
    multiple: rng.between(1, 6),
    services: ['bedrock', 'sagemaker', 'ec2', 's3'].filter(() => rng.chance(0.6)),
  }));
}

function price(lookup: { ok: true; value: number } | { ok: false; message: string }): number {
  if (!lookup.ok) throw new Error(`benchmark generator: ${lookup.message}`);
  return lookup.value;
}

function lineService(d: LineDraft): string {
  return d.kind === 'bedrock'
    ? 'bedrock'
    : d.kind === 'training'
      ? d.platform
      : d.kind === 'endpoint'
        ? 'sagemaker'
        : d.service;
}

function eligibleMask(d: LineDraft, drafts: LineDraft[], pools: PoolDraft[]): number {
  if (d.kind === 'service' && CASH_ONLY.has(d.service)) return 0;
  const service = lineService(d);
  let mask = 0;
  pools.forEach((pool, p) => {
    const ok =
      pool.program === 'custom'
        ? pool.services.includes(service)
        : pool.program === 'bedrock-poc'
          ? service === 'bedrock' ||
            (BEDROCK_SUPPORT.has(service) && d.supports !== null && drafts[d.supports].kind === 'bedrock')
          : true;
    if (ok) mask |= 1 << p;
  });
  return mask;
}

/** The line's cost as fixed + unit * (its growing quantity), from the price book. */
function unitCost(d: LineDraft, model: string, prices: PriceResolver): { fixed: number; unit: number } {
  switch (d.kind) {
    case 'bedrock': {
      const p = prices.bedrock(model, 'global');
      if (!p.ok) throw new Error(`benchmark generator: ${p.message}`);
      return { fixed: (DAYS * d.outputTokensPerDay * p.value.output) / 1e6, unit: (DAYS * p.value.input) / 1e6 };
    }
    case 'training': {
      const hourly = price(prices.instance(d.instanceType, d.platform === 'ec2' ? 'ec2' : 'sagemakerTraining'));
      return { fixed: 0, unit: d.hoursPerRun * d.instanceCount * hourly * (1 - d.spotDiscount) };
    }
    case 'endpoint':
      return { fixed: 0, unit: HOURS * price(prices.instance(d.instanceType, 'sagemakerInference')) };
    case 'service':
      return { fixed: 0, unit: 1 };
  }
}

function expressionOf(d: LineDraft): string {
  return d.monthly ? `${d.base} * (1 + growth)^m` : `${d.base} * (1 + annual)`;
}

function lineInput(d: LineDraft, i: number, model: string, fundedBy: string | null, lineIds: string[]) {
  const head = { id: lineIds[i], name: `${d.kind} ${i + 1}`, workstream: `Workstream ${d.workstream + 1}` };
  const tail = { startMonth: d.start, endMonth: d.end, fundedBy };
  const expression = expressionOf(d);
  switch (d.kind) {
    case 'bedrock':
      return {
        ...head,
        kind: 'bedrock' as const,
        model,
        inputTokensPerDay: expression,
        outputTokensPerDay: d.outputTokensPerDay,
        ...tail,
      };
    case 'training':
      return {
        ...head,
        kind: 'training' as const,
        platform: d.platform,
        instanceType: d.instanceType,
        instanceCount: d.instanceCount,
        hoursPerRun: d.hoursPerRun,
        runsPerMonth: expression,
        spotDiscount: d.spotDiscount,
        ...tail,
      };
    case 'endpoint':
      return { ...head, kind: 'endpoint' as const, instanceType: d.instanceType, instanceCount: expression, ...tail };
    case 'service':
      return {
        ...head,
        kind: 'service' as const,
        service: d.service,
        monthlyCost: expression,
        supports: d.supports === null ? null : lineIds[d.supports],
        ...tail,
      };
  }
}

export function generateWorkbook(spec: WorkbookSpec): GeneratedWorkbook {
  const { lines: lineCount, months, pools: poolCount } = spec;
  const scenarioCount = spec.scenarios ?? 1;
  if (poolCount > 30) throw new Error('benchmark generator: at most 30 pools (eligibility is a 32-bit mask)');
  const rng = seededRandom(spec.seed ?? 20270101);
  const prices = createPriceResolver(bundledPriceBook(), {}, null);
  const drafts = drawLines(rng, lineCount, months);
  const poolDrafts = drawPools(rng, poolCount, months);
  const poolIds = poolDrafts.map((p, i) => `${p.program}-${i + 1}`);
  const lineIds = drafts.map((_, i) => `line-${String(i + 1).padStart(5, '0')}`);
  const masks = drafts.map((d) => eligibleMask(d, drafts, poolDrafts));
  // One claimed pool (or none) per workstream; a line claims it only where that pool may pay it.
  const claims = Array.from({ length: WORKSTREAMS }, () => (rng.chance(0.3) ? -1 : rng.int(0, poolCount - 1)));

  const scenarios: NonNullable<WorkbookInput['scenarios']> = [];
  const plain: PlainScenario[] = [];
  for (let s = 0; s < scenarioCount; s++) {
    const growth = Math.round((0.02 + 0.005 * s) * 1e6) / 1e6;
    const modelOf = (d: LineDraft) => (d.model === 'claude-sonnet-4' ? SONNET_SWAPS[s % SONNET_SWAPS.length] : d.model);
    const plainLines: PlainLine[] = drafts.map((d, i) => ({
      ...unitCost(d, modelOf(d), prices),
      base: d.base,
      monthly: d.monthly,
      expression: expressionOf(d),
      start: d.start,
      end: Math.min(months - 1, d.end ?? months - 1),
      cashOnly: d.kind === 'service' && CASH_ONLY.has(d.service),
      eligible: masks[i],
    }));
    let monthZeroSpend = 0;
    for (const l of plainLines) monthZeroSpend += l.fixed + l.unit * l.base;
    const plainPools = poolDrafts.map((p) => ({
      amount: Math.round(monthZeroSpend * p.multiple),
      start: p.start,
      validity: p.validity,
    }));
    plain.push({ growth, months, lines: plainLines, pools: plainPools });

    scenarios.push({
      id: `scenario-${s + 1}`,
      name: `Scenario ${s + 1}`,
      startMonth: '2027-01',
      horizonMonths: months,
      daysPerMonth: DAYS,
      hoursPerMonth: HOURS,
      assumptions: [
        { name: 'growth', expr: growth, note: 'month-on-month growth' },
        { name: 'annual', expr: '12 * growth', note: 'a year of growth, for month-independent lines' },
      ],
      pools: poolDrafts.map((p, i) => ({
        id: poolIds[i],
        name: `Pool ${i + 1}`,
        program: p.program,
        amount: plainPools[i].amount,
        startMonth: p.start,
        validityMonths: p.validity,
        ...(p.program === 'custom' ? { services: p.services as ('bedrock' | 'sagemaker' | 'ec2' | 's3')[] } : {}),
      })),
      lines: drafts.map((d, i) => {
        const claim = claims[d.workstream];
        const fundedBy = claim >= 0 && (masks[i] & (1 << claim)) !== 0 ? poolIds[claim] : null;
        return lineInput(d, i, modelOf(d), fundedBy, lineIds);
      }),
    });
  }

  const input: WorkbookInput = {
    format: 'creditstack.workbook',
    version: 2,
    title: `Benchmark ${lineCount} lines x ${months} months x ${poolCount} pools`,
    company: {
      name: 'Benchmark AI',
      stage: 'series-a',
      aiFirst: true,
      cashOnHand: 5_000_000,
      otherMonthlyBurn: 200_000,
    },
    scenarios,
  };
  return { input, plain };
}
