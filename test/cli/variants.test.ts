// `creditstack variants`, run as a user would. Hand figures (model-comparison template: 10M in +
// 2M out a day, 30-day months, 24 months, $25K Bedrock POC valid 24 months):
//   global-endpoint prices: Sonnet 5 10M x $3 + 2M x $15 = $60 a day = $1,800 a month;
//   Opus 5 10M x $5 + 2M x $25 = $100 a day = $3,000; Haiku 4.5 10M x $1 + 2M x $5 = $20 a day = $600.
// GPU: 1 x ml.p5.48xlarge, 100 h a run, 4 runs a month; on p4d the run takes 100 x 3.1712 = 317.12 h
//   (relative training throughput 3.1712 : 1 in the price book): 4 x 317.12 x 25.2512883 = 32,030.754182784 a month;
//   with --keep-hours: 400 x 25.2512883 = 10,100.51532 a month.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeWorkbook } from '../../shared/io';
import { workbookSchema } from '../../shared/model';
import { runCli, sha256, stderrLines, template, tempDir } from './cli-harness';

interface Json {
  scenarios: { id: string; lines: { monthly: number[] }[] }[];
}

function computeJson(file: string): Json {
  const run = runCli(['compute', file, '--json']);
  return JSON.parse(run.stdout) as Json;
}

describe('creditstack variants --models', () => {
  it('adds one based-on scenario per other model, prints their ids, and writes version 2 with only the changes', () => {
    const out = join(tempDir(), 'models.creditstack');
    const input = template('model-comparison');
    const before = sha256(input);
    const run = runCli([
      'variants',
      input,
      '--scenario',
      'sonnet',
      '--line',
      'inference',
      '--models',
      'claude-opus-5,claude-sonnet-5,claude-haiku-4-5',
      '--out',
      out,
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('sonnet-claude-opus-5\nsonnet-claude-haiku-4-5\n');
    expect(stderrLines(run)).toEqual([
      'creditstack: line "inference" already uses claude-sonnet-5; no scenario made for it',
    ]);
    expect(sha256(input)).toBe(before);
    const file = JSON.parse(readFileSync(out, 'utf8')) as { version: number; scenarios: Record<string, unknown>[] };
    expect(file.version).toBe(2);
    expect(file.scenarios[2]).toEqual({
      id: 'sonnet-claude-opus-5',
      name: 'Claude Sonnet 5 · Claude Opus 5',
      basedOn: 'sonnet',
      // The line was named after its model, so it is renamed with it.
      changes: [
        { op: 'set-line', id: 'inference', field: 'model', value: 'claude-opus-5' },
        { op: 'set-line', id: 'inference', field: 'name', value: 'Claude Opus 5 inference' },
      ],
    });
    const byId = new Map(computeJson(out).scenarios.map((s) => [s.id, s.lines[0]!.monthly[0]]));
    expect(byId.get('sonnet')).toBeCloseTo(1800, 9);
    expect(byId.get('sonnet-claude-opus-5')).toBeCloseTo(3000, 9);
    expect(byId.get('sonnet-claude-haiku-4-5')).toBeCloseTo(600, 9);
  });

  it('refuses bad input with exit 2 and writes nothing', () => {
    const dir = tempDir();
    const out = join(dir, 'x.creditstack');
    const input = template('model-comparison');
    const cases: [string[], RegExp][] = [
      [['--scenario', 'sonnet', '--line', 'inference', '--out', out], /either --models or --instances/],
      [['--scenario', 'nope', '--line', 'inference', '--models', 'claude-3-haiku', '--out', out], /no scenario "nope"/],
      [['--scenario', 'sonnet', '--line', 'inference', '--models', 'gpt-9', '--out', out], /Unknown model "gpt-9"/],
      [['--scenario', 'sonnet', '--line', 'inference', '--models', 'claude-3-haiku'], /needs --out PATH/],
      [
        ['--scenario', 'sonnet', '--line', 'inference', '--models', 'claude-3-haiku', '--keep-hours', '--out', out],
        /--keep-hours goes with --instances/,
      ],
    ];
    for (const [args, message] of cases) {
      const run = runCli(['variants', input, ...args]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(message);
    }
    // An existing --out is kept unless --force.
    writeFileSync(out, 'keep me');
    const run = runCli([
      'variants',
      input,
      '--scenario',
      'sonnet',
      '--line',
      'inference',
      '--models',
      'claude-3-haiku',
      '--out',
      out,
    ]);
    expect(run.code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('keep me');
  });
});

describe('creditstack variants --instances', () => {
  const training = workbookSchema.parse({
    format: 'creditstack.workbook',
    version: 2,
    scenarios: [
      {
        id: 'train',
        name: 'H100 training',
        startMonth: '2027-01',
        horizonMonths: 12,
        lines: [
          {
            id: 'ft',
            kind: 'training',
            platform: 'sagemaker',
            instanceType: 'ml.p5.48xlarge',
            hoursPerRun: 100,
            runsPerMonth: 4,
          },
        ],
      },
    ],
  });

  it('scales the hours by relative throughput, or keeps them with --keep-hours', () => {
    const dir = tempDir();
    const input = join(dir, 'train.creditstack');
    writeFileSync(input, serializeWorkbook(training));
    const scaled = join(dir, 'scaled.creditstack');
    const run = runCli([
      'variants',
      input,
      '--scenario',
      'train',
      '--line',
      'ft',
      '--instances',
      'p4d.24xlarge,g5.48xlarge',
      '--out',
      scaled,
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('train-fallback-p4d.24xlarge\ntrain-fallback-g5.48xlarge\n');
    expect(stderrLines(run)).toEqual([
      'creditstack: the price book lists no training throughput for g5.48xlarge; train-fallback-g5.48xlarge keeps the hours',
    ]);
    const monthly = new Map(computeJson(scaled).scenarios.map((s) => [s.id, s.lines[0]!.monthly[0]]));
    expect(monthly.get('train-fallback-p4d.24xlarge')).toBeCloseTo(32_030.754182784, 6);
    // 400 h x 20.36
    expect(monthly.get('train-fallback-g5.48xlarge')).toBeCloseTo(8_144, 6);

    const kept = join(dir, 'kept.creditstack');
    const keep = runCli([
      'variants',
      input,
      '--scenario',
      'train',
      '--line',
      'ft',
      '--instances',
      'p4d.24xlarge',
      '--keep-hours',
      '--out',
      kept,
    ]);
    expect(keep.code).toBe(0);
    expect(computeJson(kept).scenarios[1]!.lines[0]!.monthly[0]).toBeCloseTo(10_100.51532, 6);
  });
});

describe('compare --diff of a based-on scenario', () => {
  it('lists its own changes in words after the line-by-line diff, and in --json', () => {
    const out = join(tempDir(), 'models.creditstack');
    runCli([
      'variants',
      template('model-comparison'),
      '--scenario',
      'sonnet',
      '--line',
      'inference',
      '--models',
      'claude-haiku-4-5',
      '--out',
      out,
    ]);
    const run = runCli(['compare', `${out}#sonnet`, `${out}#sonnet-claude-haiku-4-5`, '--diff']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'Claude Sonnet 5 · Claude Haiku 4.5 is based on sonnet; everything else follows it. Its own changes (2):',
    );
    expect(run.stdout).toContain('1. line Claude Haiku 4.5 inference (inference): model = "claude-haiku-4-5"');
    expect(run.stdout).toContain('2. line Claude Haiku 4.5 inference (inference): name = "Claude Haiku 4.5 inference"');
    const json = JSON.parse(
      runCli(['compare', `${out}#sonnet`, `${out}#sonnet-claude-haiku-4-5`, '--diff', '--json']).stdout,
    ) as { diff: Record<string, unknown> };
    expect(json.diff.basedOn).toBe('sonnet');
    expect(json.diff.ownChanges).toEqual([
      { op: 'set-line', id: 'inference', field: 'model', value: 'claude-haiku-4-5' },
      { op: 'set-line', id: 'inference', field: 'name', value: 'Claude Haiku 4.5 inference' },
    ]);
  });
});
