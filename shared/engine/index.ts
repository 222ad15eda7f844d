// The engine's public surface. The app, the CLI and the tests import from here or from one of
// the documented sub-barrels (compute, report, edits; speed only for the tests that prove it),
// never from a file inside them (test/architecture/fences.test.ts checks this).
export * from './compute';
// The engine callers use is the compute engine with imported actuals applied (actuals/); this
// named export takes the place of the compute barrel's createEngine.
export { createEngine } from './actuals';
export * from './report';
export * from './edits';
