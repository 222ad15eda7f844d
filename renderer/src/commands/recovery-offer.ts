// Unsaved work found at start (a recovery copy left by a session that did not save) is offered
// back in a banner rather than a blocking question. Until the user restores or discards it, the
// copy is left exactly as found: no recovery copy of the document on screen may overwrite it.
import { create } from 'zustand';
import type { RecoveryCopy } from '../bridge/bridge';

export const useRecoveryOffer = create<{ copy: RecoveryCopy | null }>(() => ({ copy: null }));

export function offerRecovery(copy: RecoveryCopy): void {
  useRecoveryOffer.setState({ copy });
}

export function recoveryOfferPending(): boolean {
  return useRecoveryOffer.getState().copy !== null;
}
