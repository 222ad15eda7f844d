// The engine's speed machinery, for the tests that prove it equals the plain statement of the
// rules: the sort of positive doubles, the blocked sums of charges, the carried-on simulation,
// the merge of the positions a computation redoes.
// Nothing outside the engine and its tests needs these.
export { sortPositive } from './sort-positive';
export { groupSums, updateGroupSums } from './blocked-sums';
export { carriedCash } from './carried-billing';
export { mergePositions } from './assumption-delta';
