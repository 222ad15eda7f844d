// Which command a key press runs, by where it was pressed: row keys belong to the focused grid,
// menu commands' keys also work outside the grids, and text fields keep editing keys.
import { describe, expect, it } from 'vitest';
import { commandForKey, type KeyPlace } from '../../../renderer/src/commands/shortcuts';
import { key } from '../key-press';

const at = (grid: KeyPlace['grid'], typing = false): KeyPlace => ({ grid, typing });
const run = (k: ReturnType<typeof key>, place: KeyPlace) => commandForKey(k, place)?.id;

describe('keyboard shortcuts', () => {
  it('Ctrl/Cmd+Enter adds a row to the focused grid, and a line outside the grids (as the menu does)', () => {
    expect(run(key('Enter', { ctrlKey: true }), at('line'))).toBe('lines.add');
    expect(run(key('Enter', { metaKey: true }), at('pool'))).toBe('pools.add');
    expect(run(key('Enter', { ctrlKey: true }), at('assumption'))).toBe('assumptions.add');
    expect(run(key('Enter', { ctrlKey: true }), at(null))).toBe('lines.add');
    expect(run(key('Enter'), at('line'))).toBeUndefined();
  });

  it('Delete with Ctrl/Cmd (or Shift+Backspace) deletes the current row; Alt+arrows move lines only', () => {
    expect(run(key('Delete', { ctrlKey: true }), at('line'))).toBe('lines.delete');
    expect(run(key('Backspace', { metaKey: true, shiftKey: true }), at('pool'))).toBe('pools.delete');
    expect(run(key('Delete'), at('line'))).toBeUndefined();
    expect(run(key('ArrowUp', { altKey: true }), at('line'))).toBe('lines.moveUp');
    expect(run(key('ArrowDown', { altKey: true }), at('line'))).toBe('lines.moveDown');
    expect(run(key('ArrowUp', { altKey: true }), at('pool'))).toBeUndefined();
    expect(run(key('ArrowUp', { altKey: true }), at(null))).toBeUndefined();
  });

  it('undo and redo (Ctrl+Y too) work in every grid and outside, but a text field keeps its own', () => {
    expect(run(key('z', { ctrlKey: true }), at('pool'))).toBe('edit.undo');
    expect(run(key('Z', { metaKey: true, shiftKey: true }), at(null))).toBe('edit.redo');
    expect(run(key('y', { ctrlKey: true }), at('line'))).toBe('edit.redo');
    expect(run(key('z', { ctrlKey: true }), at(null, true))).toBeUndefined();
    expect(run(key('Enter', { ctrlKey: true }), at('line', true))).toBeUndefined();
  });

  it('file and view commands run even while typing', () => {
    expect(run(key('s', { ctrlKey: true }), at(null, true))).toBe('file.save');
    expect(run(key('S', { ctrlKey: true, shiftKey: true }), at('line'))).toBe('file.saveAs');
    expect(run(key('1', { ctrlKey: true }), at('pool', true))).toBe('view.lines');
    expect(run(key('6', { metaKey: true }), at(null))).toBe('view.issues');
    // Shift must match: Ctrl+Shift+N is New Window (the main process's), not New Workbook.
    expect(run(key('N', { ctrlKey: true, shiftKey: true }), at(null))).toBeUndefined();
  });
});
