// Workbook edits shared by the app and the CLI: pure functions that return a new workbook
// sharing every untouched object with the old one, checked against the schema.
export * from './workbook-edits';
export {
  CLAUDE_COMPARISON_MODELS,
  GPU_FALLBACKS,
  gpuFallbackVariant,
  modelVariants,
  suggestedModels,
} from './variants';
export { freshId } from './new-ids';
export {
  changedCells,
  dependantsOf,
  detachScenarios,
  newBasedOnScenario,
  recordVariantEdits,
  renameScenarioAndVariants,
  revertToBase,
  type ChangeTarget,
} from './linked-edits';
export { checkPoolName, poolIdFor, programChangePatch, proposedAmount, uniquePoolName } from './new-pools';
