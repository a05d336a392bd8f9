/**
 * Identifiers for records the server creates: random, so they never collide with the seed's sequences
 * (which restart with every seed), in the same forms the seed uses.
 */
import { randomBytes } from 'node:crypto';

/** Crockford's base 32: no I, L, O or U to misread over the phone. */
const BASE32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function randomBase32(length: number): string {
  return [...randomBytes(length)].map((byte) => BASE32[byte & 31]).join('');
}

/**
 * `M3P-XXXX-XXXX` for participation changes; payments use `PAY`, refunds `RFD` and method or autopay
 * changes `CHG`, the prefixes the seed uses.
 */
export function newConfirmationNumber(prefix: 'M3P' | 'PAY' | 'RFD' | 'CHG' = 'M3P'): string {
  return `${prefix}-${randomBase32(4)}-${randomBase32(4)}`;
}

/** A server-made row id: the seed's prefix, a dash and ten characters (`PAY-…`, `PMT-…`, `RFD-…`, `CNT-…`). */
export function newRecordId(prefix: 'PAY' | 'PMT' | 'RFD' | 'CNT'): string {
  return `${prefix}-${randomBase32(10)}`;
}

/** An event id; seeded events are `EVT` and nine digits, server-made ones `EVT-` and ten characters. */
export function newEventId(): string {
  return `EVT-${randomBase32(10)}`;
}

/** An approval request's id, e.g. `APR-7Q4K2C9D`. */
export function newApprovalId(): string {
  return `APR-${randomBase32(8)}`;
}
