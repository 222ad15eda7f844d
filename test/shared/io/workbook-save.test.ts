import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseWorkbookText, serializeWorkbook } from '../../../shared/io';
import { workbookSchema, type Workbook } from '../../../shared/model';
import { workbookInputArb } from '../model/workbook-arbitrary';

const minimal = (): Workbook =>
  workbookSchema.parse({
    format: 'creditstack.workbook',
    version: 1,
    scenarios: [{ id: 'base', startMonth: '2027-01' }],
  });

describe('serializeWorkbook', () => {
  it('writes 2-space JSON with every default, in schema order, ending in a newline', () => {
    expect(serializeWorkbook(minimal())).toBe(
      [
        '{',
        '  "format": "creditstack.workbook",',
        '  "version": 2,',
        '  "title": "Untitled plan",',
        '  "company": {',
        '    "name": "",',
        '    "stage": "seed",',
        '    "aiFirst": false,',
        '    "euDataResidency": false,',
        '    "hipaa": false,',
        '    "cashOnHand": null,',
        '    "otherMonthlyBurn": 0',
        '  },',
        '  "priceOverrides": {},',
        '  "priceBook": null,',
        '  "scenarios": [',
        '    {',
        '      "id": "base",',
        '      "name": "",',
        '      "startMonth": "2027-01",',
        '      "horizonMonths": 24,',
        '      "daysPerMonth": 30,',
        '      "hoursPerMonth": 730,',
        '      "allocation": "aws-billing",',
        '      "assumptions": [],',
        '      "pools": [],',
        '      "lines": []',
        '    }',
        '  ]',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('puts keys in schema order whatever order the object was built in, and sorts record keys', () => {
    const w = minimal();
    // Built back to front, as an editor spreading edits might.
    const shuffled = {
      scenarios: w.scenarios,
      priceBook: {
        entries: { 'service/s3-gb': { price: 0.023 }, 'bedrock/a': { output: 2, input: 1 } },
        asOf: '2026-01-01',
      },
      priceOverrides: { 'instance/p5.48xlarge': { ec2: 98.32 }, 'bedrock/claude-sonnet-4': { output: 15, input: 3 } },
      company: { ...w.company },
      title: 'T',
      version: 1,
      format: 'creditstack.workbook',
    } as unknown as Workbook;
    const text = serializeWorkbook(shuffled);
    const keys = [...text.matchAll(/^ {2}"(\w+)"/gm)].map((m) => m[1]);
    expect(keys).toEqual(['format', 'version', 'title', 'company', 'priceOverrides', 'priceBook', 'scenarios']);
    // "bedrock/..." sorts before "instance/..."; inside, "input" before "output".
    expect(text).toContain(
      '  "priceOverrides": {\n    "bedrock/claude-sonnet-4": {\n      "input": 3,\n      "output": 15\n    },\n    "instance/p5.48xlarge": {\n      "ec2": 98.32\n    }\n  },',
    );
    expect(text).toContain('  "priceBook": {\n    "asOf": "2026-01-01",\n    "entries": {\n      "bedrock/a": {');
  });

  it('orders each line kind by its schema', () => {
    const w = workbookSchema.parse({
      format: 'creditstack.workbook',
      version: 1,
      scenarios: [{ id: 's', startMonth: '2027-01', lines: [{ service: 'support', kind: 'service', id: 'sup' }] }],
    });
    const line = serializeWorkbook(w).split('"lines": [')[1];
    const keys = [...line.matchAll(/^ {10}"(\w+)"/gm)].map((m) => m[1]);
    expect(keys).toEqual([
      'id',
      'name',
      'kind',
      'workstream',
      'service',
      'region',
      'monthlyCost',
      'quantity',
      'priceItem',
      'supports',
      'startMonth',
      'endMonth',
      'fundedBy',
      'creditEligible',
      'notes',
    ]);
    // Support is never paid by credits, so the default creditEligible is false.
    expect(line).toContain('"creditEligible": false');
  });

  it('refuses NaN and Infinity instead of writing null, naming the field', () => {
    const w = minimal();
    const bad = { ...w, scenarios: [{ ...w.scenarios[0], daysPerMonth: Number.NaN }] } as Workbook;
    expect(() => serializeWorkbook(bad)).toThrow(
      'cannot save the workbook: scenarios[0].daysPerMonth is NaN, not a finite number',
    );
    const inf = { ...w, company: { ...w.company, otherMonthlyBurn: Number.POSITIVE_INFINITY } } as Workbook;
    expect(() => serializeWorkbook(inf)).toThrow('company.otherMonthlyBurn is Infinity');
  });

  it('writes -0 as 0', () => {
    const w = minimal();
    const text = serializeWorkbook({ ...w, company: { ...w.company, otherMonthlyBurn: -0 } });
    expect(text).toContain('"otherMonthlyBurn": 0\n');
  });

  it('keeps 4-byte characters as they are (no \\u escapes) and escapes what JSON must', () => {
    const w = { ...minimal(), title: '👍 "plan" \\ 𝄞\n' };
    const text = serializeWorkbook(w);
    expect(text).toContain('"title": "👍 \\"plan\\" \\\\ 𝄞\\n"');
  });
});

describe('save -> load -> save', () => {
  it('is byte-identical for random valid workbooks, and load gives back the same model', () => {
    fc.assert(
      fc.property(workbookInputArb, (input) => {
        const parsed = workbookSchema.safeParse(input);
        // The arbitrary builds only valid files; if the schema disagrees, the arbitrary is wrong.
        expect(parsed.error?.issues ?? []).toEqual([]);
        const workbook = parsed.data!;
        const saved = serializeWorkbook(workbook);
        const loaded = parseWorkbookText(saved);
        expect(loaded.ok ? null : loaded.error).toBeNull();
        if (!loaded.ok) return;
        expect(loaded.migratedFrom).toBeNull();
        expect(loaded.workbook).toEqual(workbook);
        expect(serializeWorkbook(loaded.workbook)).toBe(saved);
      }),
      { numRuns: 200 },
    );
  });
});
