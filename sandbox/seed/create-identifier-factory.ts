/**
 * Hands out the identifiers a rep reads aloud — MBIs, member IDs, confirmation numbers — valid in
 * form and never repeated within one seeded database.
 */
import { MBI_POSITION_ALPHABETS } from '../../shared/lib/mbi';
import type { Random } from './create-random';

/** One per run, so identifiers are unique across every member of the database. */
export interface IdentifierFactory {
  /** A valid MBI no other member has. */
  mbi(random: Random): string;
  /** The client's prefix and nine digits, unique across the database. */
  memberId(prefix: string, random: Random): string;
  /** `AAA-XXXX-XXXX`, e.g. `M3P-7Q4K-2C9D`; unique for the run, with no Set to hold millions of them. */
  confirmationNumber(prefix: 'M3P' | 'PAY' | 'RFD' | 'CHG'): string;
  /** `RP-` and six characters, e.g. `RP-7Q4K2C`: a representative's id, unique for the run. */
  representativeId(): string;
  /**
   * A fictional phone number (area code + 555-01XX, which NANPA keeps out of service) no other member
   * has: from the place's area codes, else the client's other ones; only once all of those 100-line
   * ranges are used up (tens of thousands of members) may a number repeat.
   */
  phone(random: Random, areaCodes: readonly string[], fallbackAreaCodes: readonly string[]): string;
  /** The next record number of a kind (1, 2, 3…), for row ids that stay stable for a given seed. */
  serial(kind: SerialKind): number;
}

/** The record kinds that get sequential ids. */
export type SerialKind = 'event' | 'claim' | 'method' | 'payment' | 'refund' | 'contact';

/** Crockford's base 32: no I, L, O or U to misread over the phone. */
const BASE32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const SPACE = 1n << 40n; // 32^8 eight-character bodies
const MULTIPLIER = 0x5deece66dn; // odd, so multiplying is a bijection modulo 2^40

/** Scrambles a counter into 40 bits; a bijection, so distinct counters give distinct numbers. */
function scramble(counter: bigint): bigint {
  let x = (counter * MULTIPLIER) % SPACE;
  x ^= x >> 19n;
  return (x * MULTIPLIER) % SPACE;
}

const SHORT_SPACE = 1n << 30n; // 32^6 six-character ids

/** The same scramble over 30 bits, for six-character ids. */
function scrambleShort(counter: bigint): bigint {
  let x = (counter * MULTIPLIER) % SHORT_SPACE;
  x ^= x >> 15n;
  return (x * MULTIPLIER) % SHORT_SPACE;
}

function encodeBase32(value: bigint, length: number): string {
  let text = '';
  let rest = value;
  for (let i = 0; i < length; i += 1) {
    text = BASE32[Number(rest & 31n)] + text;
    rest >>= 5n;
  }
  return text;
}

function encodeBody(value: bigint): string {
  const text = encodeBase32(value, 8);
  return `${text.slice(0, 4)}-${text.slice(4)}`;
}

/** Creates the factory for one seeding run; `seed` offsets the confirmation sequence so runs differ. */
export function createIdentifierFactory(seed: number): IdentifierFactory {
  const mbis = new Set<string>();
  const memberIds = new Set<string>();
  const phones = new Set<string>();
  const linesUsed = new Map<string, number>();
  const line = (code: string, n: number) => `+1${code}55501${String(n).padStart(2, '0')}`;
  const take = (code: string, phone: string) => {
    phones.add(phone);
    linesUsed.set(code, (linesUsed.get(code) ?? 0) + 1);
    return phone;
  };
  let confirmationCounter = BigInt(seed >>> 0) * 1_000_003n;
  let representativeCounter = BigInt(seed >>> 0) * 7_919n;
  const serials: Record<SerialKind, number> = { event: 0, claim: 0, method: 0, payment: 0, refund: 0, contact: 0 };
  return {
    serial(kind) {
      serials[kind] += 1;
      return serials[kind];
    },
    mbi(random) {
      for (;;) {
        const mbi = MBI_POSITION_ALPHABETS.map((alphabet) => alphabet[random.int(0, alphabet.length - 1)]).join('');
        if (!mbis.has(mbi)) {
          mbis.add(mbi);
          return mbi;
        }
      }
    },
    memberId(prefix, random) {
      for (;;) {
        const id = `${prefix}${random.int(100_000_000, 999_999_999)}`;
        if (!memberIds.has(id)) {
          memberIds.add(id);
          return id;
        }
      }
    },
    phone(random, areaCodes, fallbackAreaCodes) {
      for (let attempt = 0; attempt < 6; attempt += 1) {
        const code = random.pick(areaCodes);
        const phone = line(code, random.int(0, 99));
        if (!phones.has(phone)) return take(code, phone);
      }
      for (const code of [...areaCodes, ...fallbackAreaCodes]) {
        if ((linesUsed.get(code) ?? 0) >= 100) continue;
        const start = random.int(0, 99);
        for (let step = 0; step < 100; step += 1) {
          const phone = line(code, (start + step) % 100);
          if (!phones.has(phone)) return take(code, phone);
        }
      }
      return line(random.pick(areaCodes), random.int(0, 99));
    },
    representativeId() {
      representativeCounter = (representativeCounter + 1n) % SHORT_SPACE;
      return `RP-${encodeBase32(scrambleShort(representativeCounter), 6)}`;
    },
    confirmationNumber(prefix) {
      confirmationCounter = (confirmationCounter + 1n) % SPACE;
      return `${prefix}-${encodeBody(scramble(confirmationCounter))}`;
    },
  };
}
