// Names an assumption may not take, and names an expression may not use as a variable.
import { FUNCTION_NAMES } from './functions';

/** Bound by the engine in every expression. */
const ENGINE_NAMES = ['m', 'month', 'year'];

/** Constants and literals the mathjs parser knows; a variable of that name would be confusing. */
const PARSER_CONSTANTS = [
  'e',
  'E',
  'pi',
  'PI',
  'i',
  'tau',
  'phi',
  'LN2',
  'LN10',
  'LOG2E',
  'LOG10E',
  'SQRT1_2',
  'SQRT2',
  'Infinity',
  'NaN',
  'true',
  'false',
  'null',
  'undefined',
  'version',
];

/** Words the mathjs parser reads as operators or index keywords. */
const PARSER_KEYWORDS = ['and', 'or', 'not', 'xor', 'mod', 'to', 'in', 'end'];

/** Object.prototype members: a lookup by one of these in a plain object finds the prototype. */
const OBJECT_MEMBER_NAMES = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
];

/** Names that may never appear as a variable in an expression (functions are checked separately). */
export const FORBIDDEN_VARIABLES: ReadonlySet<string> = new Set([
  ...PARSER_CONSTANTS,
  ...PARSER_KEYWORDS,
  ...OBJECT_MEMBER_NAMES,
]);

export const RESERVED_NAMES: ReadonlySet<string> = new Set([
  ...ENGINE_NAMES,
  ...FUNCTION_NAMES,
  ...FORBIDDEN_VARIABLES,
]);
