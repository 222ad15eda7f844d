// "Add line" with its kind chooser: a small menu of the four line kinds.
import { usePopupMenu } from '../../components/use-popup-menu';
import { KIND_DESCRIPTIONS, LINE_KINDS, type LineKind } from '../../../../shared/model';

export function AddLineMenu({ onAdd, hint }: { onAdd(kind: LineKind): void; hint: string }) {
  const { open, setOpen, root } = usePopupMenu();

  return (
    <div className="menu-anchor" ref={root}>
      <button
        type="button"
        className="primary"
        data-testid="add-line"
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
        title={hint}
      >
        + Add line ▾
      </button>
      {open && (
        <div className="menu" role="menu" aria-label="Kind of line">
          {LINE_KINDS.map((kind, i) => (
            <button
              key={kind}
              type="button"
              role="menuitem"
              data-testid={`add-line-${kind}`}
              autoFocus={i === 0}
              onClick={() => {
                setOpen(false);
                onAdd(kind);
              }}
            >
              <span className="menu-label">{kind[0].toUpperCase() + kind.slice(1)}</span>
              <span className="menu-hint">{KIND_DESCRIPTIONS[kind]}</span>
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
