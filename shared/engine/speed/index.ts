// The engine's speed machinery, for the tests that prove it equals the plain statement of the
// rules: the sort of positive doubles and the month-by-month memory layout of line costs.
// Nothing outside the engine and its tests needs these.
export { sortPositive } from './sort-positive';
export { costsByMonth } from './month-layout';
