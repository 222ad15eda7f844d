// "Show: All · Bedrock · Training · …": one kind's lines with that kind's inputs beside the name.
import { KIND_LABELS, LINE_KINDS, type LineKind } from '../../../../shared/model';

export function KindFilter({
  value,
  present,
  onChange,
}: {
  value: LineKind | null;
  present: ReadonlySet<LineKind>;
  onChange(kind: LineKind | null): void;
}) {
  const kinds = LINE_KINDS.filter((k) => present.has(k));
  if (kinds.length < 2 && value === null) return null;
  return (
    <div className="kind-filter" role="radiogroup" aria-label="Show lines of a kind">
      <button
        type="button"
        role="radio"
        aria-checked={value === null}
        data-testid="kind-filter-all"
        onClick={() => onChange(null)}
      >
        All
      </button>
      {kinds.map((k) => (
        <button
          key={k}
          type="button"
          role="radio"
          aria-checked={value === k}
          data-testid={`kind-filter-${k}`}
          onClick={() => onChange(k)}
          title={`Only ${KIND_LABELS[k]} lines, with their inputs next to the name`}
        >
          {KIND_LABELS[k]}
        </button>
      ))}
    </div>
  );
}
