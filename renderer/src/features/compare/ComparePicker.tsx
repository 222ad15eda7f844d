// Which scenarios to compare: every scenario of the open workbook and of each added file, with
// a checkbox; the order of picking is the column order, the first column is the baseline.
import type { CompareSource, ResolvedPick } from './compare-picks';
import { OPEN_SOURCE, pickKey } from './compare-picks';
import { useStore } from '../../store/store';

export function ComparePicker({
  sources,
  resolved,
}: {
  sources: readonly CompareSource[];
  resolved: readonly ResolvedPick[];
}) {
  const togglePick = useStore((s) => s.toggleComparePick);
  const removeFile = useStore((s) => s.removeCompareFile);
  const position = new Map(resolved.map((r, i) => [r.key, i]));
  return (
    <div className="compare-sources" data-testid="compare-sources">
      {sources.map((source) => (
        <fieldset key={source.key} className="compare-source">
          <legend>
            <span className="compare-source-name">{source.name}</span>
            <span className="tag">{source.key === OPEN_SOURCE ? 'open' : 'read-only'}</span>
            {source.key !== OPEN_SOURCE && (
              <button
                type="button"
                className="link-button"
                onClick={() => removeFile(source.key)}
                title={`Stop comparing ${source.name}`}
                data-testid={`compare-remove-${source.key}`}
              >
                Remove
              </button>
            )}
          </legend>
          {source.error !== null && (
            <p className="cell-note" role="alert">
              Could not compute: {source.error}
            </p>
          )}
          {source.results === null && source.error === null && <p className="muted small">Computing…</p>}
          <ul className="compare-scenario-list">
            {source.workbook.scenarios.map((sc) => {
              const key = pickKey({ source: source.key, scenarioId: sc.id });
              const at = position.get(key);
              return (
                <li key={sc.id}>
                  <label>
                    <input
                      type="checkbox"
                      checked={at !== undefined}
                      onChange={() => togglePick({ source: source.key, scenarioId: sc.id })}
                      data-testid={`cmp-pick-${source.key}-${sc.id}`}
                    />
                    <span>{sc.name || sc.id}</span>
                    {at !== undefined && (
                      <span className={`tag ${at === 0 ? 'tag-baseline' : ''}`}>
                        {at === 0 ? 'baseline' : `column ${at + 1}`}
                      </span>
                    )}
                  </label>
                </li>
              );
            })}
          </ul>
        </fieldset>
      ))}
    </div>
  );
}
