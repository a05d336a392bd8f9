/**
 * Turns zod's default issue messages ("Invalid input: expected string, received undefined") into a
 * sentence naming the field; messages a schema wrote itself ("Enter a last name.") pass through.
 *
 * No sentence quotes a value from the request: field names come from the schema (no request schema
 * has caller-chosen keys), and the one default message that would quote the caller — zod's list of
 * unrecognised keys — is replaced.
 */
import type { z } from 'zod';

type RawIssue = Parameters<z.core.$ZodErrorMap>[0];

function field(issue: RawIssue): string | null {
  const path = issue.path ?? [];
  return path.length > 0 ? path.map(String).join('.') : null;
}

/** A per-parse error map: only consulted where the schema set no message of its own. */
export function explainZodIssue(issue: RawIssue): string | undefined {
  const name = field(issue);
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return name ? `Missing ${name}.` : 'The request needs a JSON object here.';
      return `${name ?? 'The input'} must be ${issue.expected === 'object' ? 'a JSON object' : `a ${issue.expected}`}.`;
    case 'invalid_union':
      return 'options' in issue && Array.isArray(issue.options)
        ? `${name ?? 'The input'} must be one of: ${issue.options.map(String).join(', ')}.`
        : undefined;
    case 'invalid_value':
      return `${name ?? 'The input'} must be one of: ${issue.values.map(String).join(', ')}.`;
    case 'too_small':
      return issue.origin === 'string' ? `${name ?? 'The input'} must have at least ${String(issue.minimum)} characters.` : undefined;
    case 'too_big':
      return issue.origin === 'string' ? `${name ?? 'The input'} must have at most ${String(issue.maximum)} characters.` : undefined;
    case 'unrecognized_keys':
      return `${name ?? 'The request'} has fields this API does not take.`;
    default:
      return undefined;
  }
}
