// "Add line" with its kind chooser: a small menu of the line kinds, each named and described by
// its own kind module.
import { AddMenu } from '../../components/AddMenu';
import { KIND_DESCRIPTIONS, KIND_LABELS, LINE_KINDS, type LineKind } from '../../../../shared/model';

const CHOICES = LINE_KINDS.map((kind) => ({ id: kind, label: KIND_LABELS[kind], hint: KIND_DESCRIPTIONS[kind] }));

export function AddLineMenu({ onAdd, hint }: { onAdd(kind: LineKind): void; hint: string }) {
  return (
    <AddMenu
      text="+ Add line ▾"
      title={hint}
      menuLabel="Kind of line"
      testId="add-line"
      choices={CHOICES}
      onAdd={onAdd}
    />
  );
}
