/**
 * The fingerprint an Idempotency-Key is bound to: SHA-256 of the operation and its parsed params and
 * body as canonical JSON (keys sorted), so the same request sent again matches however its keys were
 * ordered or its values spelled (a lower-case member ID parses to the same one).
 */
import { createHash } from 'node:crypto';

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([k, v]) => [k, canonical(v)]));
  }
  return value;
}

/** Hex SHA-256 of `{ operationId, params, body }` in canonical JSON. */
export function fingerprintRequest(operationId: string, params: unknown, body: unknown): string {
  const text = JSON.stringify(canonical({ operationId, params: params ?? null, body: body ?? null }));
  return createHash('sha256').update(text).digest('hex');
}
