// The Compare view's sources: the open document (live, with the app's own results) and the other
// files opened read-only, resolved against the current picks.
import { useMemo } from 'react';
import { useResults } from '../../engine-host/engine-host';
import { useDocument } from '../../store/document-store';
import { OPEN_SOURCE, resolvePicks, type CompareSource, type ResolvedPick } from './compare-picks';
import { useCompare } from './compare-store';

export function useCompareSources(): { sources: CompareSource[]; resolved: ResolvedPick[] } {
  const workbook = useDocument((s) => s.workbook);
  const fileName = useDocument((s) => s.fileName);
  const byScenario = useResults((s) => s.byScenario);
  const engineError = useResults((s) => s.error);
  const files = useCompare((s) => s.files);
  const picks = useCompare((s) => s.picks);
  const sources = useMemo<CompareSource[]>(
    () => [{ key: OPEN_SOURCE, name: fileName, workbook, results: byScenario, error: engineError }, ...files],
    [fileName, workbook, byScenario, engineError, files],
  );
  const resolved = useMemo(() => resolvePicks(picks, sources), [picks, sources]);
  return { sources, resolved };
}
