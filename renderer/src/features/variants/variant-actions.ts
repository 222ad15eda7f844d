// The two "what if" actions on a line. Each is ONE commit (so one undo takes the new scenarios
// away again) followed by the Compare view showing the source scenario next to what was made.
import { gpuFallbackVariant, modelVariants } from '../../../../shared/engine';
import { useDocument } from '../../store/document-store';
import { OPEN_SOURCE } from '../compare/compare-picks';
import { useCompare } from '../compare/compare-store';

/** One scenario per model, then Compare: source first (the baseline), the variants after it. */
export function compareModels(scenarioId: string, lineId: string, models: readonly string[]): boolean {
  let made: string[] = [];
  const ok = useDocument.getState().commit('Compare models', (wb) => {
    const r = modelVariants(wb, scenarioId, lineId, models);
    made = r.scenarioIds;
    return r.workbook;
  });
  if (ok) useCompare.getState().openCompare([scenarioId, ...made].map((id) => ({ source: OPEN_SOURCE, scenarioId: id })));
  return ok;
}

/** A copy of the scenario on the fallback instance, then Compare: source and variant. */
export function compareGpuFallback(scenarioId: string, lineId: string, instanceType: string | undefined): boolean {
  let made = '';
  const ok = useDocument.getState().commit('GPU fallback', (wb) => {
    const r = gpuFallbackVariant(wb, scenarioId, lineId, instanceType);
    made = r.scenarioId;
    return r.workbook;
  });
  if (ok) useCompare.getState().openCompare([scenarioId, made].map((id) => ({ source: OPEN_SOURCE, scenarioId: id })));
  return ok;
}
