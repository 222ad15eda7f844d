// fast-check arbitraries for valid workbook INPUT (what a file may hold): random lines of every
// kind, pools, assumptions, price tables, unicode text and extreme finite numbers. Optional
// fields are sometimes left out so the schema's defaults are exercised too. Every value is valid
// by construction; the tests assert that the schema agrees.
import fc from 'fast-check';
import {
  ALLOCATION_MODES,
  PRICE_FIELDS,
  PROGRAM_IDS,
  poolNameKey,
  SERVICE_CATEGORIES,
  STAGES,
  type PriceKeyKind,
} from '../../../shared/model';

// Labels refuse C0 and C1 controls and the bidirectional overrides/isolates (schema.ts).
const CONTROLS = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const CONTROLS_BUT_TAB_NEWLINE = /[\u0000-\u0008\u000B-\u001F\u007F]/;

export const idArb = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,11}$/);
const priceIdArb = fc.stringMatching(/^[a-z0-9][a-z0-9.-]{0,15}$/);

/** One-line text: printable graphemes, any code point, and hand-picked awkward cases. */
export const labelArb = fc
  .oneof(
    fc.string({ unit: 'grapheme', maxLength: 12 }),
    fc.string({ unit: 'binary', maxLength: 12 }),
    fc.constantFrom(
      '',
      'Müller',
      '€ 5',
      '日本',
      '👍 plan 𝄞',
      'e\u0301',
      '\u200Fevil',
      '"quoted", \\back',
      '=1+2',
      '-growth*2',
    ),
  )
  .filter((s) => !CONTROLS.test(s));

/** Multi-line text (notes): like labels, plus tabs and newlines. */
const noteArb = fc
  .oneof(labelArb, fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom('line 1\nline 2', '\ttabbed', 'a\r'))
  .filter((s) => !CONTROLS_BUT_TAB_NEWLINE.test(s));

export const finiteArb = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(-0, 1e308, -1.7976931348623157e308, 5e-324, 2 ** 53 + 2, 0.1 + 0.2),
);
const expressionArb = fc.oneof(
  fc.constantFrom('10e6 * (1 + growth)^m', '-growth*2', '0.05', '1/0', 'NaN', '', '  spaced  ', 'Ω * µ'),
  noteArb,
);
const quantityArb = fc.oneof(finiteArb, expressionArb);
const moneyArb = fc.double({ min: 0, max: 1e12, noNaN: true });
const monthArb = fc.integer({ min: 0, max: 240 });

/** startMonth <= endMonth (or no end). */
const timingArb = fc
  .tuple(monthArb, fc.option(monthArb, { nil: null }))
  .map(([a, b]) =>
    b === null ? { startMonth: a, endMonth: null } : { startMonth: Math.min(a, b), endMonth: Math.max(a, b) },
  );

function lineArb(id: string, poolIds: readonly string[], lineIds: readonly string[]) {
  const ref = (ids: readonly string[]) =>
    ids.length === 0 ? fc.constant(null) : fc.option(fc.constantFrom(...ids), { nil: null });
  const common = {
    name: labelArb,
    workstream: labelArb,
    region: labelArb.filter((s) => s.length <= 32),
    fundedBy: ref(poolIds),
    creditEligible: fc.boolean(),
    notes: noteArb,
  };
  const kinds = [
    fc.record(
      {
        id: fc.constant(id),
        kind: fc.constant('bedrock' as const),
        model: priceIdArb,
        endpointScope: fc.constantFrom('global', 'regional'),
        inputTokensPerDay: quantityArb,
        outputTokensPerDay: quantityArb,
        cachedInputShare: quantityArb,
        batchShare: quantityArb,
        ...common,
      },
      { requiredKeys: ['id', 'kind', 'model'] },
    ),
    fc.record(
      {
        id: fc.constant(id),
        kind: fc.constant('training' as const),
        platform: fc.constantFrom('sagemaker', 'ec2'),
        instanceType: priceIdArb,
        instanceCount: quantityArb,
        hoursPerRun: quantityArb,
        runsPerMonth: quantityArb,
        spotDiscount: quantityArb,
        fallbackInstanceType: fc.option(priceIdArb, { nil: null }),
        ...common,
      },
      { requiredKeys: ['id', 'kind', 'instanceType'] },
    ),
    fc.record(
      {
        id: fc.constant(id),
        kind: fc.constant('endpoint' as const),
        instanceType: priceIdArb,
        instanceCount: quantityArb,
        hoursPerMonth: fc.option(quantityArb, { nil: null }),
        ...common,
      },
      { requiredKeys: ['id', 'kind', 'instanceType'] },
    ),
    fc.record(
      {
        id: fc.constant(id),
        kind: fc.constant('service' as const),
        service: fc.constantFrom(...SERVICE_CATEGORIES),
        monthlyCost: fc.option(quantityArb, { nil: null }),
        quantity: fc.option(quantityArb, { nil: null }),
        priceItem: fc.option(priceIdArb, { nil: null }),
        supports: ref(lineIds),
        ...common,
      },
      { requiredKeys: ['id', 'kind', 'service'] },
    ),
  ];
  return fc
    .tuple(fc.oneof(...kinds), fc.option(timingArb, { nil: undefined }))
    .map(([line, timing]) => ({ ...line, ...timing }));
}

function poolArb(id: string) {
  return fc.record(
    {
      id: fc.constant(id),
      name: labelArb,
      program: fc.constantFrom(...PROGRAM_IDS),
      amount: moneyArb,
      startMonth: monthArb,
      validityMonths: fc.integer({ min: 1, max: 120 }),
      included: fc.boolean(),
      paused: fc.boolean(),
      services: fc.array(fc.constantFrom(...SERVICE_CATEGORIES, 'bedrock', 'sagemaker', 'ec2'), { maxLength: 5 }),
      notes: noteArb,
    },
    { requiredKeys: ['id', 'program', 'amount'] },
  );
}

const assumptionArb = fc.record(
  { name: fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,15}$/), expr: quantityArb, note: noteArb },
  { requiredKeys: ['name', 'expr'] },
);

const priceTableArb = fc
  .uniqueArray(
    fc.tuple(fc.constantFrom<PriceKeyKind>('bedrock', 'instance', 'service'), priceIdArb).chain(([kind, id]) =>
      fc
        .subarray([...PRICE_FIELDS[kind]])
        .chain((fields) =>
          fc
            .tuple(...fields.map(() => fc.double({ min: 0, noNaN: true, noDefaultInfinity: true })))
            .map((values) => ({ fields, values })),
        )
        .map(
          ({ fields, values }) => [`${kind}/${id}`, Object.fromEntries(fields.map((f, i) => [f, values[i]]))] as const,
        ),
    ),
    { selector: ([key]) => key, maxLength: 4 },
  )
  .map((entries) => Object.fromEntries(entries));

const scenarioArb = fc
  .record({
    id: idArb,
    name: labelArb,
    startMonth: fc
      .tuple(fc.integer({ min: 1900, max: 2199 }), fc.integer({ min: 1, max: 12 }))
      .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
    horizonMonths: fc.integer({ min: 1, max: 120 }),
    daysPerMonth: fc.double({ min: Number.MIN_VALUE, max: 31, noNaN: true }),
    hoursPerMonth: fc.double({ min: Number.MIN_VALUE, max: 744, noNaN: true }),
    allocation: fc.constantFrom(...ALLOCATION_MODES),
    assumptions: fc.uniqueArray(assumptionArb, { selector: (a) => a.name, maxLength: 3 }),
    poolIds: fc.uniqueArray(idArb, { maxLength: 3 }),
    lineIds: fc.uniqueArray(idArb, { maxLength: 5 }),
    omit: fc.subarray([
      'name',
      'horizonMonths',
      'daysPerMonth',
      'hoursPerMonth',
      'allocation',
      'assumptions',
      'pools',
      'lines',
    ]),
  })
  .chain(({ poolIds, lineIds, omit, ...scenario }) =>
    fc
      .tuple(fc.tuple(...poolIds.map(poolArb)), fc.tuple(...lineIds.map((id) => lineArb(id, poolIds, lineIds))))
      .map(([pools, lines]) => {
        // Pool names are unique in a scenario: a name clashing with an earlier pool's is left out.
        const names = new Set<string>();
        for (const pool of pools as { name?: string }[]) {
          if (pool.name === undefined) continue;
          const key = poolNameKey(pool.name);
          if (names.has(key)) delete pool.name;
          else if (key !== '') names.add(key);
        }
        const full: Record<string, unknown> = { ...scenario, pools, lines };
        // Leaving out the pools is only valid when no kept line is funded by one.
        const linesKept = !omit.includes('lines');
        for (const key of omit) if (!(key === 'pools' && linesKept && lines.some((l) => l.fundedBy))) delete full[key];
        return full;
      }),
  );

const companyArb = fc.record(
  {
    name: labelArb,
    stage: fc.constantFrom(...STAGES),
    aiFirst: fc.boolean(),
    euDataResidency: fc.boolean(),
    hipaa: fc.boolean(),
    cashOnHand: fc.option(moneyArb, { nil: null }),
    otherMonthlyBurn: moneyArb,
  },
  { requiredKeys: [] },
);

/** A valid workbook file's content (version 1), before defaults are applied. */
export const workbookInputArb = fc.record(
  {
    format: fc.constant('creditstack.workbook'),
    version: fc.constant(1),
    title: labelArb,
    company: companyArb,
    priceOverrides: priceTableArb,
    priceBook: fc.option(fc.record({ asOf: labelArb.filter((s) => s.length <= 64), entries: priceTableArb }), {
      nil: null,
    }),
    scenarios: fc.uniqueArray(scenarioArb, { selector: (s) => s.id, minLength: 1, maxLength: 3 }),
  },
  { requiredKeys: ['format', 'version', 'scenarios'] },
);
