// The turns behind useStaged: steps pushed in one task are taken one per later task, first come
// first served, so no two panels draw in the same task.
import { describe, expect, it } from 'vitest';
import { createTurns } from '../../../renderer/src/components/use-staged';

describe('turns', () => {
  it('takes one step per task, in order, and asks for no task when none is waiting', () => {
    const tasks: (() => void)[] = [];
    const taken: string[] = [];
    const turns = createTurns(
      (run) => tasks.push(run),
      (step) => step(),
    );
    turns.push(() => taken.push('pools'));
    turns.push(() => taken.push('lines'));
    turns.push(() => taken.push('issues'));
    // One task is asked for, however many steps wait.
    expect(tasks).toHaveLength(1);
    tasks.shift()!();
    expect(taken).toEqual(['pools']);
    // A step pushed now waits its turn behind the others.
    turns.push(() => taken.push('prices'));
    expect(tasks).toHaveLength(1);
    tasks.shift()!();
    tasks.shift()!();
    expect(taken).toEqual(['pools', 'lines', 'issues']);
    tasks.shift()!();
    expect(taken).toEqual(['pools', 'lines', 'issues', 'prices']);
    expect(tasks).toHaveLength(0);
  });
});
