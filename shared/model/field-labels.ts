// What a workbook's fields are called, keyed by the schema's field names: the one table the
// grids' column headers, the edit and issue messages, the issues panel, the diff of two scenarios,
// the settings panels and the CLI's tables all read. A line kind's own fields are labelled in its
// module (shared/kinds), so a new kind brings its words with it; the fields every line has are
// labelled here. Labels name the field on its own (a message or a diff shows no column group
// around it), so "Instances", not "Count".
import { LINE_KIND_MODULES, type LineKind } from '../kinds/registry';
import type { Assumption, Company, Pool } from './schema';
import type { SCENARIO_SETTING_FIELDS } from './vocabulary';

/** Each line kind's name, from its module: "Bedrock", "Training", ... */
export const KIND_LABELS = Object.fromEntries(LINE_KIND_MODULES.map((k) => [k.kind, k.label])) as Readonly<
  Record<LineKind, string>
>;

/** What each kind's lines are, in a line (the Add line menu). */
export const KIND_DESCRIPTIONS = Object.fromEntries(LINE_KIND_MODULES.map((k) => [k.kind, k.description])) as Readonly<
  Record<LineKind, string>
>;

/** The fields every line has, whatever its kind. */
const COMMON_LINE_LABELS = {
  id: 'Id',
  name: 'Name',
  kind: 'Kind',
  workstream: 'Workstream',
  region: 'Region',
  startMonth: 'Start month',
  endMonth: 'End month',
  fundedBy: 'Funded by',
  creditEligible: 'Credits apply',
  notes: 'Notes',
} as const;

/** Every line field: the common ones, then each kind's own (shared/kinds). */
export const LINE_FIELD_LABELS: Readonly<Record<string, string>> = Object.assign(
  {},
  COMMON_LINE_LABELS,
  ...LINE_KIND_MODULES.map((k) => k.fieldLabels),
);

// Each table names every field its type has (the compiler says when a field is added without one).

export const POOL_FIELD_LABELS: Readonly<Record<keyof Pool, string>> = {
  id: 'Id',
  name: 'Name',
  program: 'Program',
  amount: 'Amount',
  startMonth: 'Start month',
  validityMonths: 'Valid for',
  included: 'Included',
  paused: 'Paused',
  services: 'Services',
  creditId: 'AWS credit id',
  notes: 'Notes',
};

export const ASSUMPTION_FIELD_LABELS: Readonly<Record<keyof Assumption, string>> = {
  name: 'Name',
  expr: 'Value or formula',
  note: 'Note',
  range: 'Range',
};

/** A scenario's name and settings. */
export const SCENARIO_FIELD_LABELS: Readonly<Record<'name' | (typeof SCENARIO_SETTING_FIELDS)[number], string>> = {
  name: 'Name',
  startMonth: 'Start month',
  horizonMonths: 'Horizon (months)',
  daysPerMonth: 'Days per month',
  hoursPerMonth: 'Hours per month',
  allocation: 'Credit allocation',
};

export const COMPANY_FIELD_LABELS: Readonly<Record<keyof Company, string>> = {
  name: 'Company name',
  stage: 'Company stage',
  aiFirst: 'AI-first',
  euDataResidency: 'EU data residency',
  hipaa: 'HIPAA',
  cashOnHand: 'Cash on hand',
  otherMonthlyBurn: 'Other monthly burn',
};

export type FieldOwner = 'line' | 'pool' | 'assumption' | 'scenario' | 'company';

const BY_OWNER: Readonly<Record<FieldOwner, Readonly<Record<string, string | undefined>>>> = {
  line: LINE_FIELD_LABELS,
  pool: POOL_FIELD_LABELS,
  assumption: ASSUMPTION_FIELD_LABELS,
  scenario: SCENARIO_FIELD_LABELS,
  company: COMPANY_FIELD_LABELS,
};

/** A field's label; a field with none (a newer file's) is split from camelCase: "someNewField" -> "Some new field". */
export function fieldLabel(owner: FieldOwner, field: string): string {
  const known = BY_OWNER[owner][field];
  if (known !== undefined) return known;
  const words = field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
