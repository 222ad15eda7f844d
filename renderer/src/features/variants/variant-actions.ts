// The two "what if" actions on a line. Each is ONE commit (so one undo takes the new scenarios
// away again) followed by the Compare view showing the source scenario next to what was made.
// What they make are scenarios based on the source: they follow its later edits.
import { gpuFallbackVariant, modelVariants } from '../../../../shared/engine';
import { OPEN_SOURCE } from '../compare/compare-picks';
import { useStore } from '../../store/store';

/** One scenario per model, then Compare: source first (the baseline), the variants after it. */
export function compareModels(scenarioId: string, lineId: string, models: readonly string[]): boolean {
  const made = useStore.getState().commit('Compare models', (wb) => modelVariants(wb, scenarioId, lineId, models));
  if (made !== null)
    useStore
      .getState()
      .openCompare([scenarioId, ...made.scenarioIds].map((id) => ({ source: OPEN_SOURCE, scenarioId: id })));
  return made !== null;
}

/** A scenario based on this one with the line on the fallback instance, then Compare: source and variant. */
export function compareGpuFallback(
  scenarioId: string,
  lineId: string,
  instanceType: string | undefined,
  keepHours = false,
): boolean {
  const made = useStore
    .getState()
    .commit('GPU fallback', (wb) => gpuFallbackVariant(wb, scenarioId, lineId, instanceType, { keepHours }));
  if (made !== null)
    useStore
      .getState()
      .openCompare([scenarioId, made.scenarioId].map((id) => ({ source: OPEN_SOURCE, scenarioId: id })));
  return made !== null;
}
