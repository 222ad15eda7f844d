import { describe, expect, it } from 'vitest';
import { eventChannels, invokeChannels, resultOf } from '../../../shared/ipc';
import { z } from 'zod';

describe('the IPC channel table', () => {
  it('names every channel domain:verb', () => {
    for (const name of [...Object.keys(invokeChannels), ...Object.keys(eventChannels)])
      expect(name).toMatch(/^[a-z]+:[a-z][A-Za-z]*$/);
  });

  it('answers are Results with a known error code', () => {
    const schema = resultOf(z.null());
    expect(schema.safeParse({ ok: true, value: null }).success).toBe(true);
    expect(schema.safeParse({ ok: false, code: 'WRITE_FAILED', message: 'disk full' }).success).toBe(true);
    expect(schema.safeParse({ ok: false, code: 'TEAPOT', message: 'x' }).success).toBe(false);
    expect(schema.safeParse({ ok: true, value: null, extra: 1 }).success).toBe(false);
  });

  it('file answers carry a handle, never a path', () => {
    const open = invokeChannels['workbook:open'].response;
    const file = { name: 'plan.creditstack', text: '{}', handle: '0b6f7d2e-3c4a-4f1b-9a8e-5d2c1b0a9f8e' };
    expect(open.safeParse({ ok: true, value: file }).success).toBe(true);
    expect(open.safeParse({ ok: true, value: { ...file, path: '/home/me/plan.creditstack' } }).success).toBe(false);
    expect(open.safeParse({ ok: true, value: { ...file, handle: '/home/me/plan.creditstack' } }).success).toBe(false);
  });

  it('menu commands are ids, not arbitrary text', () => {
    expect(eventChannels['menu:command'].safeParse('file.save').success).toBe(true);
    for (const bad of ['', 'save', 'file.', '<script>', 'x'.repeat(100) + '.y', 42])
      expect(eventChannels['menu:command'].safeParse(bad).success).toBe(false);
  });

  it('recovery copies carry an ISO timestamp', () => {
    const read = invokeChannels['recovery:read'].response;
    expect(
      read.safeParse({ ok: true, value: { name: 'a', text: '', savedAt: '2027-01-01T00:00:00.000Z' } }).success,
    ).toBe(true);
    expect(read.safeParse({ ok: true, value: { name: 'a', text: '', savedAt: 'yesterday' } }).success).toBe(false);
  });
});
