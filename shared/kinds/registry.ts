// Every line kind, registered once. The schema, the engine, price snapshots and the edits read
// this list; a new kind is a new module beside these and one entry here.
import { bedrockKind } from './bedrock';
import { endpointKind } from './endpoint';
import type { LineKindModule } from './kind';
import { serviceKind } from './service';
import { trainingKind } from './training';

/** In the order the app lists them. */
export const LINE_KIND_MODULES = [bedrockKind, trainingKind, endpointKind, serviceKind] as const;

export type LineKind = (typeof LINE_KIND_MODULES)[number]['kind'];

export const LINE_KINDS: readonly LineKind[] = LINE_KIND_MODULES.map((k) => k.kind);

type AnyLine = { kind: LineKind };

const BY_KIND = new Map<string, LineKindModule<AnyLine>>(
  LINE_KIND_MODULES.map((k) => [k.kind, k as unknown as LineKindModule<AnyLine>]),
);

/** The module of a line's kind. */
export function kindOf<L extends AnyLine>(line: L): LineKindModule<L> {
  return BY_KIND.get(line.kind) as unknown as LineKindModule<L>;
}

/** The module of a kind, by name. */
export function kindModule(kind: LineKind): LineKindModule<AnyLine> {
  return BY_KIND.get(kind)!;
}
