// namesById: how rows are called (name, or id when unnamed), made once per list and shared by
// every reader of that list.
import { describe, expect, it } from 'vitest';
import { namesById, namesFrom } from '../../../shared/wording';

describe('namesById', () => {
  it('calls a row by its name, an unnamed one by its id, and makes one map per list', () => {
    const lines = [
      { id: 'l1', name: 'Chat' },
      { id: 'l2', name: '' },
    ];
    const names = namesById(lines);
    expect([...names]).toEqual([
      ['l1', 'Chat'],
      ['l2', 'l2'],
    ]);
    expect(namesById(lines)).toBe(names);
    // Another list (an edit makes a new one) gets its own map, with its own names.
    const renamed = [{ id: 'l1', name: 'Support bot' }, lines[1]];
    expect(namesById(renamed).get('l1')).toBe('Support bot');
    expect(namesFrom({ startMonth: '2027-01', lines: renamed, pools: [] }).line('l1')).toBe('Support bot');
    expect(namesFrom({ startMonth: '2027-01', lines, pools: [] }).line('gone')).toBe('gone');
  });
});
