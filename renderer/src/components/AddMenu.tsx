// A "+ Add ... ▾" button with a small menu of choices, each a label and a hint; used by the
// lines and pools panels, which differ only in their choices and words.
import type { ReactNode } from 'react';
import { usePopupMenu } from './use-popup-menu';

export interface AddMenuChoice<T extends string> {
  id: T;
  label: string;
  hint: ReactNode;
}

export function AddMenu<T extends string>(props: {
  /** The button's text, e.g. "+ Add line ▾". */
  text: string;
  title: string;
  /** The menu's accessible name. */
  menuLabel: string;
  /** data-testid of the button; each choice gets `${testId}-${id}`. */
  testId: string;
  choices: readonly AddMenuChoice<T>[];
  onAdd(id: T): void;
}) {
  const { open, setOpen, root } = usePopupMenu();
  return (
    <div className="menu-anchor" ref={root}>
      <button
        type="button"
        className="primary"
        data-testid={props.testId}
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen((o) => !o)}
        title={props.title}
      >
        {props.text}
      </button>
      {open && (
        <div className="menu" role="menu" aria-label={props.menuLabel}>
          {props.choices.map((choice, i) => (
            <button
              key={choice.id}
              type="button"
              role="menuitem"
              data-testid={`${props.testId}-${choice.id}`}
              autoFocus={i === 0}
              onClick={() => {
                setOpen(false);
                props.onAdd(choice.id);
              }}
            >
              <span className="menu-label">{choice.label}</span>
              <span className="menu-hint">{choice.hint}</span>
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
