// A version 1 file (a template as it shipped before version 2) loads unchanged and computes the
// same figures after the in-memory upgrade; saving writes version 2, and the saved file computes
// the same again.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseWorkbookText, serializeWorkbook } from '../../../shared/io';
import { createEngine, scenarioResultToJson } from '../../../shared/engine';
import type { Workbook } from '../../../shared/model';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

function load(text: string): { workbook: Workbook; migratedFrom: number | null } {
  const r = parseWorkbookText(text);
  if (!r.ok) throw new Error(r.error.message);
  return r;
}

const figures = (wb: Workbook) =>
  createEngine()
    .computeWorkbook(wb)
    .map((r) => scenarioResultToJson(r, (i) => i.code));

describe.each(['model-comparison-v1.creditstack', 'series-a-v1.creditstack'])('the version 1 file %s', (name) => {
  const v1Text = fixture(name);

  it('is upgraded in memory, computes as the same file stamped version 2, and saves as version 2', () => {
    expect(v1Text).toContain('"version": 1,');
    const v1 = load(v1Text);
    expect(v1.migratedFrom).toBe(1);
    const v2 = load(v1Text.replace('"version": 1,', '"version": 2,'));
    expect(v2.migratedFrom).toBeNull();
    expect(v1.workbook).toEqual(v2.workbook);
    expect(figures(v1.workbook)).toEqual(figures(v2.workbook));

    const saved = serializeWorkbook(v1.workbook);
    expect(saved).toContain('"version": 2,');
    const reopened = load(saved);
    expect(reopened.migratedFrom).toBeNull();
    expect(figures(reopened.workbook)).toEqual(figures(v1.workbook));
    // Version 2 adds no field to a file without based-on scenarios: only the number moved.
    expect(saved).toBe(v1Text.replace('"version": 1,', '"version": 2,'));
  });
});

describe('the model comparison, as a version 1 file, after the upgrade', () => {
  it("gives the source guide's figures by hand arithmetic", () => {
    const [opus, sonnet, haiku] = createEngine().computeWorkbook(
      load(fixture('model-comparison-v1.creditstack')).workbook,
    );
    // Opus 4.1: 10M x $15/1M + 2M x $75/1M = $150 + $150 = $300 a day; x 30 days = $9,000 a month.
    expect(opus.cost[0]).toBeCloseTo(9000, 9);
    // $25,000 / $9,000 = 2.777...: month 2 starts with 25,000 - 18,000 = 7,000; 2 + 7,000/9,000.
    expect(opus.pools[0].depletionMonth).toBeCloseTo(2 + 7000 / 9000, 9);
    // Sonnet 4: 10M x $3 + 2M x $15 = $30 + $30 = $60 a day = $1,800 a month; 13 + 1,600/1,800.
    expect(sonnet.cost[0]).toBeCloseTo(1800, 9);
    expect(sonnet.pools[0].depletionMonth).toBeCloseTo(13 + 1600 / 1800, 9);
    // Haiku: 10M x $0.25 + 2M x $1.25 = $2.50 + $2.50 = $5 a day = $150 a month; never depleted in 24 months.
    expect(haiku.cost[0]).toBeCloseTo(150, 9);
    expect(haiku.pools[0].depletionMonth).toBeNull();
  });
});
