// Imported AWS actuals in the computation: plan against actual, our billing rule replayed on
// the real bills, and the forecast from today. `createEngine` here is the engine every caller
// uses (the engine's index exports it in place of the compute engine's).
export { createEngine } from './engine-with-actuals';
