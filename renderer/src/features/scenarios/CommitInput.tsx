// A text field that commits on blur or Enter and otherwise shows what the store holds: while
// the user types it keeps the draft; after a commit (accepted or refused) it shows the store's
// value again, so a refused entry never lingers looking saved. Escape drops the draft.
import { useState, type InputHTMLAttributes } from 'react';

interface CommitInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'defaultValue'> {
  /** The store's value as text. */
  value: string;
  /** Called with the draft when it differs from `value`. */
  onCommit(text: string): void;
}

export function CommitInput({ value, onCommit, onBlur, onKeyDown, ...rest }: CommitInputProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const finish = () => {
    if (draft !== null && draft !== value) onCommit(draft);
    setDraft(null);
  };
  return (
    <input
      {...rest}
      value={draft ?? value}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={(e) => {
        finish();
        onBlur?.(e);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') finish();
        else if (e.key === 'Escape') setDraft(null);
        onKeyDown?.(e);
      }}
    />
  );
}
