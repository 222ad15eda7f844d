import { useStore } from '../store/store';
// One line under the toolbar for what just happened or went wrong ("Could not open ...").

export function NoticeBar() {
  const notice = useStore((s) => s.notice);
  const notify = useStore((s) => s.notify);
  if (notice === null) return null;
  return (
    <div
      className={`notice notice-${notice.kind}`}
      role={notice.kind === 'error' ? 'alert' : 'status'}
      data-testid="notice"
    >
      <span>{notice.text}</span>
      <button type="button" onClick={() => notify(null)} aria-label="Dismiss">
        ×
      </button>
    </div>
  );
}
