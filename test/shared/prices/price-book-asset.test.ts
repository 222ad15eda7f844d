import { describe, expect, it } from 'vitest';
import { SERVICE_CATEGORIES } from '../../../shared/model';
import { bundledPriceBook } from '../../../shared/prices';

const book = bundledPriceBook();
const STATUSES = ['sourced', 'derived', 'conflicting', 'unsourced'];

describe('bundled price book asset', () => {
  it('is the dated us-east-1 USD edition', () => {
    expect(book.edition).toBe('2026-08');
    expect(book.asOf).toBe('2026-08-19');
    expect(book.currency).toBe('USD');
    expect(book.region).toBe('us-east-1');
  });

  it('holds every model, instance type and service item of the research (53 + 18 + 13), no rule rows', () => {
    expect(book.models).toHaveLength(53);
    expect(book.instances).toHaveLength(18);
    expect(book.serviceItems).toHaveLength(13);
    const ids = [...book.models, ...book.instances, ...book.serviceItems].map((e) => e.id);
    expect(ids.filter((id) => id.startsWith('rule-'))).toEqual([]);
    expect(new Set(book.models.map((m) => m.id)).size).toBe(53);
    expect(new Set(book.instances.map((i) => i.id)).size).toBe(18);
    expect(new Set(book.serviceItems.map((s) => s.id)).size).toBe(13);
  });

  it('carries the three worked Claude prices (USD per 1M tokens)', () => {
    const m = (id: string) => book.models.find((x) => x.id === id)!;
    expect([m('claude-sonnet-4').input, m('claude-sonnet-4').output]).toEqual([3, 15]);
    expect([m('claude-opus-4-1').input, m('claude-opus-4-1').output]).toEqual([15, 75]);
    expect([m('claude-3-haiku').input, m('claude-3-haiku').output]).toEqual([0.25, 1.25]);
  });

  it('gives every entry a date and a source', () => {
    for (const e of [...book.models, ...book.instances, ...book.serviceItems]) {
      expect(e.asOf, e.id).toMatch(/^(\d{4}(-\d\d){0,2}|undated)$/);
      expect(e.source.length, e.id).toBeGreaterThan(0);
    }
  });

  it('stores a null for every missing price, always with status unsourced and a note saying so', () => {
    for (const m of book.models) {
      expect(STATUSES).toContain(m.status);
      if (m.input === null || m.output === null) {
        expect(m.status, m.id).toBe('unsourced');
        expect(m.note.length, m.id).toBeGreaterThan(0);
      }
    }
    for (const i of book.instances) {
      for (const p of [i.ec2, i.sagemakerTraining, i.sagemakerInference]) {
        expect(STATUSES).toContain(p.status);
        if (p.price === null) {
          expect(p.status, i.id).toBe('unsourced');
          expect(p.note, i.id).toMatch(/^unsourced/);
        }
        if (p.status === 'unsourced') expect(p.price, i.id).toBeNull();
      }
    }
    for (const s of book.serviceItems) {
      expect(SERVICE_CATEGORIES as readonly string[]).toContain(s.category);
      expect((s.price === null) === (s.status === 'unsourced'), s.id).toBe(true);
      if (s.price === null) expect(s.note, s.id).toMatch(/^unsourced/);
    }
  });

  it('keys instance types without the "ml." prefix', () => {
    expect(book.instances.filter((i) => i.id.startsWith('ml.'))).toEqual([]);
    expect(book.instances.map((i) => i.id)).toContain('m5.xlarge');
  });

  it('derives SageMaker P-family prices as EC2 x 1.15, and leaves p5e unsourced', () => {
    const p = (id: string) => book.instances.find((x) => x.id === id)!;
    // Hand arithmetic: 21.957642 x 1.15 = 21.957642 + 3.2936463 = 25.2512883
    expect(p('p4d.24xlarge').sagemakerTraining).toEqual({
      price: 25.2512883,
      status: 'derived',
      note: 'derived: EC2 on-demand x 1.15',
    });
    // 55.04 x 1.15 = 55.04 + 8.256 = 63.296
    expect(p('p5.48xlarge').sagemakerInference.price).toBeCloseTo(63.296, 9);
    // 27.44705 x 1.15 = 27.44705 + 4.1170575 = 31.5641075; 63.296 x 1.15 = 63.296 + 9.4944 = 72.7904
    expect(p('p4de.24xlarge').sagemakerTraining.price).toBeCloseTo(31.5641075, 9);
    expect(p('p5en.48xlarge').sagemakerTraining.price).toBeCloseTo(72.7904, 9);
    expect(p('p5e.48xlarge').ec2.price).toBeNull();
    expect(p('p5e.48xlarge').sagemakerTraining).toMatchObject({ price: null, status: 'unsourced' });
    // Only the P family is derived.
    const derived = book.instances.filter((i) => i.sagemakerTraining.status === 'derived').map((i) => i.id);
    expect(derived.sort()).toEqual(['p4d.24xlarge', 'p4de.24xlarge', 'p5.48xlarge', 'p5en.48xlarge']);
  });

  it('marks entries whose sources disagree as conflicting, with the other figure in the note', () => {
    const titan = book.models.find((x) => x.id === 'titan-text-express')!;
    expect(titan).toMatchObject({ input: 0.2, output: 0.6, status: 'conflicting' });
    expect(titan.note).toContain('1.30/1.70');
  });

  it('stores regional prices only for models that have them (Haiku 4.5: 1.1/5.5)', () => {
    const haiku = book.models.find((x) => x.id === 'claude-haiku-4-5')!;
    // Cache write 1.25 (5-minute, global) x 1.1 = 1.375 at the regional rate.
    expect(haiku.regional).toEqual({
      input: 1.1,
      output: 5.5,
      batchInput: 0.55,
      batchOutput: 2.75,
      cacheRead: 0.11,
      cacheWrite: 1.375,
    });
    expect(book.models.find((x) => x.id === 'claude-sonnet-4')!.regional).toBeNull();
  });
});
