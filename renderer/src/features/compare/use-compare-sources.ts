// The Compare view's sources: the open document (live, with the app's own results) and the other
// files opened read-only, resolved against the current picks.
import { useMemo } from 'react';
import { OPEN_SOURCE, resolvePicks, type CompareSource, type ResolvedPick } from './compare-picks';
import { useStore } from '../../store/store';

export function useCompareSources(): { sources: CompareSource[]; resolved: ResolvedPick[] } {
  const workbook = useStore((s) => s.workbook);
  const fileName = useStore((s) => s.fileName);
  const byScenario = useStore((s) => s.byScenario);
  const engineError = useStore((s) => s.engineError);
  const files = useStore((s) => s.compareFiles);
  const picks = useStore((s) => s.comparePicks);
  const sources = useMemo<CompareSource[]>(
    () => [{ key: OPEN_SOURCE, name: fileName, workbook, results: byScenario, error: engineError }, ...files],
    [fileName, workbook, byScenario, engineError, files],
  );
  const resolved = useMemo(() => resolvePicks(picks, sources), [picks, sources]);
  return { sources, resolved };
}
