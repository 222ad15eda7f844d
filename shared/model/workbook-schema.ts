// The workbook as the app and the engine use it: the file's object (schema.ts) with every
// based-on scenario resolved into a complete one (linked-scenarios.ts). Kept apart from schema.ts
// so that the schema does not depend on the code that applies changes.
import { resolveLinkedScenarios } from './linked-scenarios';
import { workbookObjectSchema, type Workbook } from './schema';

export const workbookSchema = workbookObjectSchema.transform((stored): Workbook => resolveLinkedScenarios(stored));
