// A button that runs a registry command: its label, shortcut hint and availability come from the
// command table and the registry, so a toolbar never disagrees with the menu or the keyboard.
import type { ReactNode } from 'react';
import { commandSpec, shortcutText, type PageCommandId } from '../../../shared/ipc';
import { isEnabled, runCommand } from '../commands/registry';
import { useStore } from '../store/store';

const MAC = typeof navigator !== 'undefined' && /mac|iphone|ipad/i.test(navigator.platform);

/** A command's shortcut as this platform writes it ("Ctrl+D", "⌘+D"). */
export function shortcutOf(id: PageCommandId): string | undefined {
  const shortcut = commandSpec(id)?.shortcut;
  return shortcut === undefined ? undefined : shortcutText(shortcut, MAC);
}

/** "Duplicate the current line (Ctrl+D)": a hint and the command's shortcut. */
function commandHint(id: PageCommandId, hint?: string): string {
  const text = hint ?? commandSpec(id)?.label ?? id;
  const shortcut = shortcutOf(id);
  return shortcut === undefined ? text : `${text} (${shortcut})`;
}

export function CommandButton(props: {
  id: PageCommandId;
  hint?: string;
  testId?: string;
  className?: string;
  ariaLabel?: string;
  pressed?: boolean;
  children?: ReactNode;
}) {
  const { id, hint, testId, className, ariaLabel, pressed, children } = props;
  const enabled = useStore((s) => isEnabled(id, s));
  const spec = commandSpec(id);
  return (
    <button
      type="button"
      className={className}
      data-command={id}
      data-testid={testId}
      aria-label={ariaLabel}
      aria-pressed={pressed}
      title={commandHint(id, hint)}
      disabled={!enabled}
      onClick={() => runCommand(id)}
    >
      {children ?? spec?.short ?? spec?.label}
    </button>
  );
}
