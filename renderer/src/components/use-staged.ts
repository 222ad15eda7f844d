// A panel's new value, handed over in a task of its own. A new document (or a results message)
// changes every panel at once, and React draws all of them in one commit: with a 50,000-line
// workbook the pools grid, the assumptions grid, the lines grid and the issues list together made
// one main-thread task of 100-300 ms. A panel that reads its value through `useStaged` gets it a
// task later instead, one panel per task, in the order the changes came, so the page answers
// between them. The KPI cards do not use it: they are what a user waits for.
import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

/** Steps taken one per task, in the order they came (`later` runs a function in a later task). */
export function createTurns(later: (run: () => void) => void, take: (step: () => void) => void) {
  const steps: (() => void)[] = [];
  let waiting = false;
  function runNext(): void {
    waiting = false;
    const step = steps.shift();
    if (step !== undefined) take(step);
    if (steps.length > 0) schedule();
  }
  function schedule(): void {
    if (waiting) return;
    waiting = true;
    later(runNext);
  }
  return {
    push(step: () => void): void {
      steps.push(step);
      schedule();
    },
  };
}

// flushSync: the panel's render and commit happen in its own task, not batched with the next panel's.
const turns = createTurns((run) => setTimeout(run, 0), flushSync);

/** `value`, as of this component's last turn; the first render shows it at once. */
export function useStaged<T>(value: T): T {
  const [shown, setShown] = useState(value);
  const latest = useRef(value);
  latest.current = value;
  const queued = useRef(false);
  useEffect(() => {
    if (Object.is(shown, value) || queued.current) return;
    queued.current = true;
    turns.push(() => {
      queued.current = false;
      // The newest value when its turn comes: changes made while it waited go over as one.
      setShown(() => latest.current);
    });
  }, [value, shown]);
  return shown;
}
