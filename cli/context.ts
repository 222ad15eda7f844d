// What a command may touch: where its output goes and how it is styled. The entry point wires
// these to the process; nothing else in the CLI writes to stdout or stderr directly.
import type { Style } from './style';

export interface CliContext {
  /** Writes to stdout exactly as given (commands add their own newlines). */
  out(text: string): void;
  style: Style;
}
