// The offer to bring back unsaved work from an earlier session (see commands/recovery-offer.ts).
import { discardRecovery, restoreRecovery } from '../commands/file-actions';
import { useRecoveryOffer } from '../commands/recovery-offer';

const WHEN = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function RecoveryBanner() {
  const copy = useRecoveryOffer((s) => s.copy);
  if (copy === null) return null;
  const savedAt = new Date(copy.savedAt);
  const when = Number.isNaN(savedAt.getTime()) ? 'an earlier session' : WHEN.format(savedAt);
  return (
    <div className="notice notice-recovery" role="alert" data-testid="recovery-offer">
      <span>
        Unsaved changes to <strong>{copy.name}</strong> were kept from {when}. Restore them, or discard them and keep working on what is open.
      </span>
      <span className="notice-actions">
        <button type="button" className="primary" onClick={restoreRecovery} data-testid="recovery-restore">
          Restore
        </button>
        <button type="button" onClick={() => void discardRecovery()} data-testid="recovery-discard">
          Discard
        </button>
      </span>
    </div>
  );
}
