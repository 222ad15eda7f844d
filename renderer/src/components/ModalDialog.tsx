// A modal dialog: a titled box over a dimmed window, closed by Escape or a click beside it. On
// the body (a portal), so the styles and stacking of the panel that opened it do not reach it.
import { useEffect, useId, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

export function ModalDialog({
  title,
  className,
  testId,
  onClose,
  children,
}: {
  title: string;
  className: string;
  testId: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const id = useId();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return createPortal(
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        className={`modal ${className}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        data-testid={testId}
      >
        <h2 id={`${id}-title`}>{title}</h2>
        {children}
      </div>
    </div>,
    document.body,
  );
}
