// The one sentence that says the figures are incomplete. Said only for the issues whose code
// leaves part of the model uncomputed (ISSUE_CODE_FACTS in the engine), never for a warning or a
// program-rule error: those do not change what was computed.
import { uncomputedCount, type Issue } from '../engine';

/** "1 error leaves part of the model uncomputed; ..." or null when the figures are complete. */
export function uncomputedText(issues: readonly Issue[]): string | null {
  const count = uncomputedCount(issues);
  if (count === 0) return null;
  const one = count === 1;
  return `${count} ${one ? 'error leaves' : 'errors leave'} part of the model uncomputed; these figures are incomplete until ${one ? 'it is' : 'they are'} fixed`;
}
