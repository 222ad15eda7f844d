// The offer to bring back unsaved work from an earlier session (the store's recoveryOffer, store/ui-slice.ts).
import { discardRecovery, restoreRecovery } from '../commands/file-actions';
import { useStore } from '../store/store';

const WHEN = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function RecoveryBanner() {
  const copy = useStore((s) => s.recoveryOffer);
  if (copy === null) return null;
  const savedAt = new Date(copy.savedAt);
  const when = Number.isNaN(savedAt.getTime()) ? 'an earlier session' : WHEN.format(savedAt);
  return (
    <div className="notice notice-recovery" role="alert" data-testid="recovery-offer">
      <span>
        Unsaved changes to <strong>{copy.name}</strong> were kept from {when}. Restore them, or discard them and keep
        working on what is open.
      </span>
      <span className="notice-actions">
        <button type="button" className="primary" onClick={() => void restoreRecovery()} data-testid="recovery-restore">
          Restore
        </button>
        <button type="button" onClick={() => void discardRecovery()} data-testid="recovery-discard">
          Discard
        </button>
      </span>
    </div>
  );
}
