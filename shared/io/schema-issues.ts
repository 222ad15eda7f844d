// Turns the schema's findings into the one-line messages a user reads. The schema's own messages
// (given where it is defined) win; this map only words the issues the schema leaves generic.
import type { z } from 'zod';
import { formatPath, quoteForMessage, type LoadError } from './load-error';

type RawIssue = z.core.$ZodRawIssue;

/** What a JSON value is, in words: 'text', 'a number', 'null', ... */
function describeJson(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true or false';
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  record: 'an object',
  null: 'null',
};

function quoteValue(v: unknown): string {
  return typeof v === 'string' ? quoteForMessage(v) : String(v);
}

function oneOf(values: readonly unknown[]): string {
  return values.length === 1
    ? `must be ${quoteValue(values[0])}`
    : `must be one of ${values.map(quoteValue).join(', ')}`;
}

function listKeys(keys: readonly string[]): string {
  const shown = keys.slice(0, 3).map(quoteForMessage).join(', ');
  const more = keys.length > 3 ? ` and ${keys.length - 3} more` : '';
  return keys.length === 1 ? `unknown field ${shown}` : `unknown fields ${shown}${more}`;
}

function bound(word: 'most' | 'least', origin: string, limit: number | bigint, inclusive: boolean | undefined): string {
  if (origin === 'string') return `must be at ${word} ${limit} characters`;
  if (origin === 'array') return `must have at ${word} ${limit} ${limit === 1 ? 'item' : 'items'}`;
  if (origin === 'int' && word === 'most') return 'is too large for a whole number';
  if (inclusive === false) return `must be ${word === 'most' ? 'less' : 'more'} than ${limit}`;
  return `must be at ${word} ${limit}`;
}

/** The per-parse error map: words every issue kind the schema did not word itself. */
export const schemaErrorMap = (iss: RawIssue): string => {
  switch (iss.code) {
    case 'invalid_type': {
      if (iss.input === undefined) return 'is missing';
      const expected = EXPECTED[iss.expected] ?? iss.expected;
      if (iss.expected === 'int' && typeof iss.input === 'number') return 'must be a whole number';
      return `must be ${expected}, not ${describeJson(iss.input)}`;
    }
    case 'invalid_value':
      return oneOf(iss.values);
    case 'unrecognized_keys':
      return listKeys(iss.keys);
    case 'too_big':
      return bound('most', iss.origin, iss.maximum, iss.inclusive);
    case 'too_small':
      return bound('least', iss.origin, iss.minimum, iss.inclusive);
    case 'invalid_format':
      return 'is not in the expected form';
    case 'invalid_union': {
      const options = (iss as { options?: readonly unknown[] }).options;
      if (iss.discriminator !== undefined && options !== undefined) {
        const given =
          typeof iss.input === 'object' && iss.input !== null
            ? (iss.input as Record<string, unknown>)[iss.discriminator]
            : undefined;
        return given === undefined ? `is missing (${oneOf(options)})` : oneOf(options);
      }
      return 'does not match any allowed form';
    }
    case 'invalid_key': {
      const inner = iss.issues[0]?.message;
      return inner ? `is not an allowed key: ${inner}` : 'is not an allowed key';
    }
    case 'not_multiple_of':
      return `must be a multiple of ${iss.divisor}`;
    default:
      return 'is not valid';
  }
};

type Issue = z.core.$ZodIssue;

/** Keys the input has that a form does not know (a union branch that lists many was not meant). */
function unknownRootKeys(issues: readonly Issue[]): number {
  let n = 0;
  for (const issue of issues) if (issue.code === 'unrecognized_keys' && issue.path.length === 0) n += issue.keys.length;
  return n;
}

/**
 * A value that matches no allowed form (a scenario is complete or based on another) is reported
 * with the findings of the form it was meant to be: the one that knows the most of its keys, then
 * the one with the fewest findings. Nested choices are followed the same way.
 */
function meantIssue(issue: Issue): Issue {
  if (
    issue.code !== 'invalid_union' ||
    !('errors' in issue) ||
    !Array.isArray(issue.errors) ||
    issue.errors.length === 0
  )
    return issue;
  const branches = issue.errors as Issue[][];
  const best = branches.reduce((a, b) => {
    const byKeys = unknownRootKeys(a) - unknownRootKeys(b);
    return byKeys < 0 || (byKeys === 0 && a.length <= b.length) ? a : b;
  });
  const first = best[0];
  if (first === undefined) return issue;
  const inner = meantIssue(first);
  return { ...inner, path: [...issue.path, ...inner.path] };
}

/** The first issue as a LoadError (zod lists issues in the order it walked the file). */
export function issueToLoadError(issues: readonly z.core.$ZodIssue[]): LoadError {
  const first = issues[0];
  if (first === undefined) return { message: 'is not a valid workbook', path: null };
  const meant = meantIssue(first);
  return { message: meant.message, path: formatPath(meant.path) };
}
