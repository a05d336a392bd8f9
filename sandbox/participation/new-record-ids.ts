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

/** `M3P-XXXX-XXXX`, the form of every participation change's confirmation number. */
export function newConfirmationNumber(): string {
  return `M3P-${randomBase32(4)}-${randomBase32(4)}`;
}

/** An event id; seeded events are `EVT` and nine digits, server-made ones `EVT-` and ten characters. */
export function newEventId(): string {
  return `EVT-${randomBase32(10)}`;
}

/** An approval request's id, e.g. `APR-7Q4K2C9D`. */
export function newApprovalId(): string {
  return `APR-${randomBase32(8)}`;
}
