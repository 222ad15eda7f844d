// The runtime schema of a workbook file (version 2). Strict: unknown keys are refused, every
// number must be finite, strings are bounded, ids are unique and references resolve. Optional
// fields get their defaults here, so a hand-written minimal file loads and a saved file always
// carries every field (which keeps save -> load -> save byte-identical).
import './zod-config';
import { z } from 'zod';
import { rangeSchema } from './range';
import type { LineKindModule } from '../kinds/kind';
import { LINE_KIND_MODULES } from '../kinds/registry';
import {
  ALLOCATION_MODES,
  PROGRAM_IDS,
  PRICE_FIELDS,
  PRICE_KEY_PATTERN,
  SCENARIO_SETTING_FIELDS,
  SERVICE_CATEGORIES,
  STAGES,
  type BillingService,
  type PriceKeyKind,
} from './vocabulary';
import { PROGRAMS } from './programs';
import { actualsSchema } from './actuals-schema';

export const LIMITS = {
  fileBytes: 50 * 1024 * 1024,
  jsonDepth: 16,
  idLength: 64,
  nameLength: 200,
  noteLength: 10_000,
  expressionLength: 1_000,
  scenarios: 50,
  linesPerScenario: 20_000,
  poolsPerScenario: 100,
  assumptionsPerScenario: 500,
  horizonMonths: 120,
} as const;

// C0 controls (but tab and newline), DEL, and lone UTF-16 surrogates are never valid in text.
const UNSAFE_TEXT =
  /[\u0000-\u0008\u000B-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const UNSAFE_LABEL = /[\u0000-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const text = (max: number) =>
  z
    .string()
    .max(max, { message: `must be at most ${max} characters` })
    .refine((s) => !UNSAFE_TEXT.test(s), { message: 'contains control characters or broken Unicode' });

// Names are shown and exported everywhere: C1 controls and the bidirectional embeddings,
// overrides and isolates (which can make "cod.exe" read "exe.doc") are refused too (rev 2).
const C1_CONTROL = /[\u0080-\u009F]/;
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

const label = (max: number) =>
  z
    .string()
    .max(max, { message: `must be at most ${max} characters` })
    .refine((s) => !UNSAFE_LABEL.test(s), { message: 'contains control characters or broken Unicode' })
    .refine((s) => !C1_CONTROL.test(s), { message: 'contains a C1 control character (U+0080-U+009F)' })
    .refine((s) => !BIDI_CONTROL.test(s), {
      message:
        'contains a bidirectional override or isolate character (U+202A-U+202E, U+2066-U+2069), which can make text display in a misleading order',
    });

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
const id = z.string().regex(ID_PATTERN, { message: 'must be 1-64 letters, digits, "_", "." or "-"' });
export const ASSUMPTION_NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const priceId = z.string().regex(/^[a-z0-9][a-z0-9.-]{0,63}$/, { message: 'must be a price-book id' });
const monthString = z
  .string()
  .regex(/^(19|20|21)\d\d-(0[1-9]|1[0-2])$/, { message: 'must be a calendar month "YYYY-MM"' });
// -0 is stored as 0 so that a save never writes "-0".
const finite = z
  .number()
  .refine(Number.isFinite, { message: 'must be a finite number' })
  .transform((n) => (Object.is(n, -0) ? 0 : n));
const money = finite.refine((n) => n >= 0 && n <= 1e12, { message: 'must be between 0 and 1,000,000,000,000' });
const monthOffset = z
  .number()
  .int({ message: 'must be a whole number of months' })
  .min(0)
  .max(LIMITS.horizonMonths * 2);

/** A quantity: a number, or expression text kept exactly as typed. */
const quantity = z.union(
  [
    finite,
    z
      .string()
      .max(LIMITS.expressionLength, { message: `expression must be at most ${LIMITS.expressionLength} characters` })
      .refine((s) => !UNSAFE_TEXT.test(s), { message: 'expression contains control characters' }),
  ],
  { message: 'must be a finite number or an expression' },
);

// Key order here is the key order of a saved file: identity first, then the kind's own fields
// (from its module in shared/kinds), timing and funding last.
const lineHead = { id, name: label(LIMITS.nameLength).default('') };
const lineWorkstream = { workstream: label(LIMITS.nameLength).default('') };
const lineTail = {
  startMonth: monthOffset.default(0),
  endMonth: monthOffset.nullable().default(null),
  fundedBy: id.nullable().default(null),
  creditEligible: z.boolean().default(true),
  notes: text(LIMITS.noteLength).default(''),
};

/**
 * The field types a line kind's module builds its fields from (it imports only this type, so the
 * engine's worker never loads the schema library).
 */
const FIELD_KIT = {
  /** A number or expression text, with its default. */
  quantity: (fallback: number) => quantity.default(fallback),
  /** A quantity a file may leave out (an addition of file version 2: absent stays absent, so older files save unchanged). */
  addedQuantity: quantity.optional(),
  /** A quantity that may be empty (null), empty by default. */
  optionalQuantity: quantity.nullable().default(null),
  /** A price-book id (model, instance type, service item). */
  priceId,
  optionalPriceId: priceId.nullable().default(null),
  /** Another line of the scenario, by id (checked by the scenario schema). */
  lineRef: id.nullable().default(null),
  region: label(32).default('us-east-1'),
  choice: <const T extends readonly [string, ...string[]]>(values: T, fallback: T[number]) =>
    z.enum(values).default(fallback),
  serviceCategory: z.enum(SERVICE_CATEGORIES),
};
export type FieldKit = typeof FIELD_KIT;

/** A line kind's fields, as its module declares them. */
export type KindFields = (kit: FieldKit) => z.ZodRawShape;

/** The line a kind's fields make (what the schema outputs for it). */
export type LineOf<K extends string, F extends KindFields> = z.output<
  z.ZodObject<typeof lineHead & { kind: z.ZodLiteral<K> } & typeof lineWorkstream & ReturnType<F> & typeof lineTail>
>;

/** What the schema needs of a line kind's module. */
interface KindShape {
  kind: string;
  fields: KindFields;
  /** When the line does not say whether credits apply (else: they do). */
  creditEligibleByDefault?: (line: never) => boolean;
}

function lineShape(module: KindShape) {
  return { ...lineHead, kind: z.literal(module.kind), ...lineWorkstream, ...module.fields(FIELD_KIT), ...lineTail };
}

/** Each kind's line fields in file order (a saved file writes them so). */
export const LINE_KEYS: ReadonlyMap<string, readonly string[]> = new Map(
  LINE_KIND_MODULES.map((m) => [m.kind, Object.keys(lineShape(m))]),
);

function lineObject(module: KindShape) {
  const shape = lineShape(module);
  const byDefault = module.creditEligibleByDefault as ((line: unknown) => boolean) | undefined;
  if (byDefault === undefined) return z.strictObject(shape);
  return z
    .strictObject({ ...shape, creditEligible: z.boolean().optional() })
    .transform(({ creditEligible, notes, ...line }) => ({
      ...line,
      creditEligible: creditEligible ?? byDefault(line),
      notes,
    }));
}

type KindLine<M> = M extends LineKindModule<infer L> ? L : never;

export type Line = KindLine<(typeof LINE_KIND_MODULES)[number]>;

export const lineSchema = z.discriminatedUnion(
  'kind',
  LINE_KIND_MODULES.map(lineObject) as unknown as [ReturnType<typeof lineObject>, ...ReturnType<typeof lineObject>[]],
) as unknown as z.ZodType<Line, Record<string, unknown>>;

export const poolSchema = z
  .strictObject({
    id,
    name: label(LIMITS.nameLength).default(''),
    program: z.enum(PROGRAM_IDS),
    amount: money,
    startMonth: monthOffset.default(0),
    validityMonths: z.number().int().min(1).max(LIMITS.horizonMonths).optional(),
    included: z.boolean().default(true),
    paused: z.boolean().default(false),
    services: z
      .array(z.enum([...SERVICE_CATEGORIES, 'bedrock', 'sagemaker', 'ec2']))
      .max(20)
      .optional(),
    // The AWS credit this pool was imported from: a re-import updates this pool, never adds one.
    creditId: z
      .string()
      .regex(/^[0-9]{1,32}$/, { message: 'must be an AWS credit id (digits)' })
      .optional(),
    notes: text(LIMITS.noteLength).default(''),
  })
  .transform((p) => ({
    id: p.id,
    name: p.name,
    program: p.program,
    amount: p.amount,
    startMonth: p.startMonth,
    validityMonths: p.validityMonths ?? PROGRAMS[p.program].validityMonths,
    included: p.included,
    paused: p.paused,
    // Only a custom pool lists its services; the others follow their program.
    ...(p.program === 'custom' ? { services: [...new Set(p.services ?? [])] as BillingService[] } : {}),
    ...(p.creditId !== undefined ? { creditId: p.creditId } : {}),
    notes: p.notes,
  }));

export const assumptionSchema = z.strictObject({
  name: z.string().regex(ASSUMPTION_NAME_PATTERN, {
    message: 'must start with a letter or "_" and hold only letters, digits and "_"',
  }),
  expr: quantity,
  note: text(LIMITS.noteLength).default(''),
  range: rangeSchema.optional(),
});

/** Two pool names clash when they match ignoring case and surrounding spaces. */
export function poolNameKey(name: string): string {
  return name.trim().toLowerCase();
}

export const scenarioSchema = z
  .strictObject({
    id,
    name: label(LIMITS.nameLength).default(''),
    startMonth: monthString,
    horizonMonths: z.number().int().min(1).max(LIMITS.horizonMonths).default(24),
    daysPerMonth: finite.refine((n) => n > 0 && n <= 31, { message: 'must be between 0 and 31' }).default(30),
    hoursPerMonth: finite.refine((n) => n > 0 && n <= 744, { message: 'must be between 0 and 744' }).default(730),
    allocation: z.enum(ALLOCATION_MODES).default('aws-billing'),
    assumptions: z.array(assumptionSchema).max(LIMITS.assumptionsPerScenario).default([]),
    pools: z.array(poolSchema).max(LIMITS.poolsPerScenario).default([]),
    lines: z.array(lineSchema).max(LIMITS.linesPerScenario).default([]),
  })
  .superRefine((s, ctx) => {
    const poolIds = new Set<string>();
    const poolNames = new Map<string, string>();
    s.pools.forEach((p, i) => {
      if (poolIds.has(p.id))
        ctx.addIssue({ code: 'custom', path: ['pools', i, 'id'], message: `duplicate pool id "${p.id}"` });
      poolIds.add(p.id);
      // Pool names are unique in a scenario (charts and CSV columns are headed by them), by the
      // rule app edits apply. An unnamed pool (a file may leave the name out) is not a clash.
      const key = poolNameKey(p.name);
      if (key === '') return;
      const first = poolNames.get(key);
      if (first !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['pools', i, 'name'],
          message: `another pool of this scenario is already named "${first}"; pool names must be unique in a scenario`,
        });
      else poolNames.set(key, p.name);
    });
    const lineIds = new Set<string>();
    s.lines.forEach((l, i) => {
      if (lineIds.has(l.id))
        ctx.addIssue({ code: 'custom', path: ['lines', i, 'id'], message: `duplicate line id "${l.id}"` });
      lineIds.add(l.id);
    });
    const names = new Set<string>();
    s.assumptions.forEach((a, i) => {
      const key = a.name.normalize('NFC');
      if (names.has(key))
        ctx.addIssue({ code: 'custom', path: ['assumptions', i, 'name'], message: `duplicate assumption "${a.name}"` });
      names.add(key);
    });
    s.lines.forEach((l, i) => {
      if (l.fundedBy !== null && !poolIds.has(l.fundedBy))
        ctx.addIssue({
          code: 'custom',
          path: ['lines', i, 'fundedBy'],
          message: `names no pool of this scenario ("${l.fundedBy}")`,
        });
      if (l.kind === 'service' && l.supports !== null && !lineIds.has(l.supports))
        ctx.addIssue({
          code: 'custom',
          path: ['lines', i, 'supports'],
          message: `names no line of this scenario ("${l.supports}")`,
        });
      if (l.endMonth !== null && l.endMonth < l.startMonth)
        ctx.addIssue({ code: 'custom', path: ['lines', i, 'endMonth'], message: 'must not be before startMonth' });
    });
  });

export const companySchema = z.strictObject({
  name: label(LIMITS.nameLength).default(''),
  stage: z.enum(STAGES).default('seed'),
  aiFirst: z.boolean().default(false),
  euDataResidency: z.boolean().default(false),
  hipaa: z.boolean().default(false),
  cashOnHand: money.nullable().default(null),
  otherMonthlyBurn: money.default(0),
});

const priceFields = z.record(
  z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,31}$/),
  finite.refine((n) => n >= 0, { message: 'must not be negative' }),
);

const priceTable = z
  .record(
    z
      .string()
      .regex(PRICE_KEY_PATTERN, { message: 'must look like "bedrock/<model>", "instance/<type>" or "service/<item>"' }),
    priceFields,
  )
  .superRefine((table, ctx) => {
    for (const [key, fields] of Object.entries(table)) {
      const allowed: readonly string[] = PRICE_FIELDS[key.split('/')[0] as PriceKeyKind];
      for (const field of Object.keys(fields))
        if (!allowed.includes(field))
          ctx.addIssue({
            code: 'custom',
            path: [key, field],
            message: `unknown price field (allowed: ${allowed.join(', ')})`,
          });
    }
  });

// Based-on scenarios (file version 2). A change is one readable JSON object; "op" says what it does:
//   set-scenario {field, value}      a setting (startMonth, horizonMonths, ...)
//   set-line / set-pool {id, field, value}, set-assumption {name, field, value}
//   scale-line {id, field, factor}   the base's quantity times a factor (a GPU fallback's hours)
//   add-line {after, line}, add-pool {pool}, add-assumption {assumption}
//   remove-line / remove-pool {id}, remove-assumption {name}
// A set value is checked when it is applied (it depends on the base's line), not here.
const fieldName = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9]{0,31}$/, { message: 'must be a field name' })
  .refine((f) => f !== 'id' && f !== 'kind', {
    message: 'cannot be "id" or "kind" (remove the row and add it again instead)',
  });
const assumptionName = z
  .string()
  .regex(ASSUMPTION_NAME_PATTERN, { message: 'must start with a letter or "_" and hold only letters, digits and "_"' });
const changeValue = z.union(
  [
    finite,
    text(Math.max(LIMITS.noteLength, LIMITS.expressionLength)),
    z.boolean(),
    z.null(),
    z.array(label(64)).max(20),
  ],
  { message: 'must be a number, text, true/false, null or a list of names' },
);

export const scenarioChangeSchema = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('set-scenario'), field: z.enum(SCENARIO_SETTING_FIELDS), value: changeValue }),
  z.strictObject({ op: z.literal('set-line'), id, field: fieldName, value: changeValue }),
  z.strictObject({
    op: z.literal('scale-line'),
    id,
    field: fieldName,
    factor: finite.refine((n) => n > 0 && n <= 1e6, { message: 'must be above 0' }),
  }),
  z.strictObject({ op: z.literal('set-pool'), id, field: fieldName, value: changeValue }),
  z.strictObject({
    op: z.literal('set-assumption'),
    name: assumptionName,
    field: z.enum(['expr', 'note']),
    value: changeValue,
  }),
  z.strictObject({ op: z.literal('add-line'), after: id.nullable().default(null), line: lineSchema }),
  z.strictObject({ op: z.literal('add-pool'), pool: poolSchema }),
  z.strictObject({ op: z.literal('add-assumption'), assumption: assumptionSchema }),
  z.strictObject({ op: z.literal('remove-line'), id }),
  z.strictObject({ op: z.literal('remove-pool'), id }),
  z.strictObject({ op: z.literal('remove-assumption'), name: assumptionName }),
]);

/** A scenario based on another: everything not changed here is the base's, so base edits flow in. */
export const linkedScenarioSchema = z.strictObject({
  id,
  name: label(LIMITS.nameLength).default(''),
  basedOn: id,
  changes: z.array(scenarioChangeSchema).max(LIMITS.linesPerScenario).default([]),
});

/** A scenario as a file stores it: a complete model, or one based on another (linked-scenarios.ts). */
const storedScenario = z.union([linkedScenarioSchema, scenarioSchema]);

/** The file's object as stored; `workbookSchema` below also resolves based-on scenarios. */
export const workbookObjectSchema = z.strictObject({
  format: z.literal('creditstack.workbook'),
  // Version 2 only adds optional fields, so a version 1 object is read as it stands (loading a
  // file still runs migrations.ts, which says the file will be saved in the new version).
  version: z.literal([1, 2]).transform((): 2 => 2),
  title: label(LIMITS.nameLength).default('Untitled plan'),
  company: companySchema.default(() => companySchema.parse({})),
  priceOverrides: priceTable.default({}),
  priceBook: z
    .strictObject({
      asOf: label(64),
      entries: priceTable.default({}),
    })
    .nullable()
    .default(null),
  scenarios: z
    .array(storedScenario)
    .min(1, { message: 'a workbook needs at least one scenario' })
    .max(LIMITS.scenarios)
    .superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.forEach((s, i) => {
        if (seen.has(s.id))
          ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate scenario id "${s.id}"` });
        seen.add(s.id);
      });
    }),
  // Imported AWS credits, allocations and costs (issue 12); absent until the first import.
  actuals: actualsSchema.optional(),
});

/**
 * A scenario as the engine and the app see it: complete. A based-on scenario is its base with its
 * changes applied (`link` says which base and which changes; linked-scenarios.ts resolves it).
 */
export type Scenario = z.output<typeof scenarioSchema> & { link?: ScenarioLink };
export type StoredWorkbook = z.output<typeof workbookObjectSchema>;
export type Workbook = Omit<StoredWorkbook, 'scenarios'> & { scenarios: Scenario[] };
export type WorkbookInput = z.input<typeof workbookObjectSchema>;
export type ScenarioChange = z.output<typeof scenarioChangeSchema>;
export type LinkedScenarioStored = z.output<typeof linkedScenarioSchema>;

/** Why a based-on scenario, or one of its changes, could not be applied as written (worded in shared/wording). */
export type LinkProblem = {
  /** Index of the change in `changes`, when one change is at fault. */
  change: number | null;
  lineId?: string;
  poolId?: string;
} & (
  | { code: 'LINK_BASE_MISSING'; basedOn: string; baseUnresolved: boolean }
  | { code: 'LINK_CYCLE'; basedOn: string }
  /** via: a line's fundedBy or supports that names a row this scenario removed (ref), else null. */
  | {
      code: 'LINK_TARGET_MISSING';
      target: 'line' | 'pool' | 'assumption';
      id: string;
      via: 'fundedBy' | 'supports' | null;
      ref: string | null;
    }
  /** detail: what the schema says of the value (invalid-value), else null. */
  | {
      code: 'LINK_CHANGE_INVALID';
      target: 'scenario' | 'line' | 'pool' | 'assumption';
      id: string;
      reason: 'invalid-value' | 'already-in-base';
      detail: string | null;
    }
);

/** What makes a scenario based on another: the base's id, its own changes, and what failed to apply. */
interface ScenarioLink {
  basedOn: string;
  changes: readonly ScenarioChange[];
  problems: readonly LinkProblem[];
}
export type BedrockLine = Extract<Line, { kind: 'bedrock' }>;
export type TrainingLine = Extract<Line, { kind: 'training' }>;
export type EndpointLine = Extract<Line, { kind: 'endpoint' }>;
export type Pool = z.output<typeof poolSchema>;
export type Assumption = z.output<typeof assumptionSchema>;
export type Company = z.output<typeof companySchema>;
export type Quantity = number | string;
export type PriceTable = Record<string, Record<string, number>>;
