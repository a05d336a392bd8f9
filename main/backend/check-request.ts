/**
 * Checks a request against its route's schemas before it leaves main, so the backend never receives
 * what the contract forbids and the rep hears what is wrong in their own terms.
 */
import type { z } from 'zod';
import type { ApiRoute } from '../../shared/api/routes';
import { AppFailure } from '../../shared/ipc/result';

function checkPart(schema: z.ZodType | undefined, value: unknown, part: string): unknown {
  if (!schema) return undefined;
  // What leaves is the parsed form: normalised as the contract defines (MBI upper-case, phone E.164).
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppFailure('INVALID_INPUT', issue?.message ?? `That ${part} is not valid.`);
  }
  return parsed.data;
}

/** The checked params, query and body; throws INVALID_INPUT with the first problem. */
export function checkRequest(route: ApiRoute, call: Readonly<Record<string, unknown>>): { params?: Record<string, string>; query?: Record<string, string>; body?: unknown } {
  const params = checkPart(route.params, call.params, 'request') as Record<string, string> | undefined;
  const query = checkPart(route.query, call.query, 'request') as Record<string, string> | undefined;
  const body = checkPart(route.body, call.body, 'request');
  return { ...(params ? { params } : {}), ...(query ? { query } : {}), ...(body === undefined ? {} : { body }) };
}
