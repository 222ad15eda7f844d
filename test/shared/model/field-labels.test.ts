// The one table of field labels: every field a line of any kind has is labelled (the kinds'
// own fields in their modules), kinds that share a field name call it the same, and no two
// fields of one line share a label (grid headers and messages must tell them apart).
import { describe, expect, it } from 'vitest';
import { LINE_KIND_MODULES } from '../../../shared/kinds/registry';
import {
  ASSUMPTION_FIELD_LABELS,
  COMPANY_FIELD_LABELS,
  fieldLabel,
  KIND_DESCRIPTIONS,
  KIND_LABELS,
  LINE_FIELD_LABELS,
  LINE_KINDS,
  LINE_KEYS,
  POOL_FIELD_LABELS,
  SCENARIO_FIELD_LABELS,
} from '../../../shared/model';

describe('field labels', () => {
  it('labels every field of every line kind, from the table and not the camelCase fallback', () => {
    for (const [kind, keys] of LINE_KEYS) {
      for (const key of keys) expect(LINE_FIELD_LABELS[key], `${kind}.${key}`).toBeTypeOf('string');
      const labels = keys.map((k) => LINE_FIELD_LABELS[k]);
      expect(new Set(labels).size, `${kind}: two fields with one label`).toBe(labels.length);
    }
  });

  it('gives a field that several kinds declare the same label in each', () => {
    const seen = new Map<string, string>();
    for (const module of LINE_KIND_MODULES)
      for (const [field, label] of Object.entries(module.fieldLabels)) {
        expect(seen.get(field) ?? label, `${module.kind}.${field}`).toBe(label);
        seen.set(field, label);
      }
    // Training and endpoint lines both run instances.
    expect(fieldLabel('line', 'instanceCount')).toBe('Instances');
    expect(fieldLabel('line', 'instanceType')).toBe('Instance type');
  });

  it('names every kind, from its module', () => {
    expect(LINE_KINDS.map((k) => KIND_LABELS[k])).toEqual(['Bedrock', 'Training', 'Endpoint', 'Service']);
    for (const k of LINE_KINDS) expect(KIND_DESCRIPTIONS[k].length, k).toBeGreaterThan(10);
  });

  it('reads each owner from its table, and splits an unknown (newer) field from camelCase', () => {
    expect(fieldLabel('line', 'hoursPerRun')).toBe('Hours/run');
    expect(fieldLabel('line', 'startMonth')).toBe('Start month');
    expect(fieldLabel('pool', 'startMonth')).toBe(POOL_FIELD_LABELS.startMonth);
    expect(fieldLabel('pool', 'validityMonths')).toBe('Valid for');
    expect(fieldLabel('assumption', 'expr')).toBe(ASSUMPTION_FIELD_LABELS.expr);
    expect(fieldLabel('scenario', 'hoursPerMonth')).toBe(SCENARIO_FIELD_LABELS.hoursPerMonth);
    // A line's hours a month and the scenario's setting are different fields with different labels.
    expect(fieldLabel('line', 'hoursPerMonth')).not.toBe(fieldLabel('scenario', 'hoursPerMonth'));
    expect(fieldLabel('company', 'cashOnHand')).toBe(COMPANY_FIELD_LABELS.cashOnHand);
    expect(fieldLabel('line', 'someNewField')).toBe('Some new field');
  });
});
