// One line under the toolbar for what just happened or went wrong ("Could not open ...").
import { useDocument } from '../store/document-store';

export function NoticeBar() {
  const notice = useDocument((s) => s.notice);
  const notify = useDocument((s) => s.notify);
  if (notice === null) return null;
  return (
    <div className={`notice notice-${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="notice">
      <span>{notice.text}</span>
      <button type="button" onClick={() => notify(null)} aria-label="Dismiss">
        ×
      </button>
    </div>
  );
}
