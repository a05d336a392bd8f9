/**
 * The six-digit pairing code the rep reads to the softphone: made only when the rep asks, valid for a
 * few minutes, used once, and locked after a few wrong tries.
 *
 * Threat: any local process can connect to the link and guess. A million codes, five guesses per code,
 * and a code only while the rep is pairing keep a guesser's odds negligible.
 */
import { randomInt, timingSafeEqual } from 'node:crypto';
import { LINK_MAX_PAIRING_ATTEMPTS } from '../../../shared/softphone/link-protocol';

/** A live code and when it stops working. */
export interface PairingCode {
  readonly code: string;
  readonly expiresAt: Date;
}

/** Why a code was refused, in the protocol's error codes; 'ok' consumed the code. */
export type PairingCheck = 'ok' | 'no_pairing_code' | 'wrong_code' | 'code_expired' | 'code_locked';

export interface PairingCodes {
  /** The code to show, or null when none is live (never made, used, expired or locked). */
  current(): PairingCode | null;
  /** Makes a new code; the previous one stops working. */
  issue(): PairingCode;
  /** Checks a softphone's code; a wrong one counts towards the lock. */
  check(code: string): PairingCheck;
  /** Drops any live code (a softphone paired, or the rep forgot it). */
  clear(): void;
}

/** Creates the code keeper; `now` is the clock expiry is measured with. */
export function createPairingCodes(options: { ttlSeconds: number; now: () => Date; maxAttempts?: number }): PairingCodes {
  const maxAttempts = options.maxAttempts ?? LINK_MAX_PAIRING_ATTEMPTS;
  let live: { code: string; expiresAt: Date; wrongTries: number } | null = null;
  const isExpired = (entry: { expiresAt: Date }) => options.now().getTime() >= entry.expiresAt.getTime();

  return {
    current() {
      if (!live || isExpired(live) || live.wrongTries >= maxAttempts) return null;
      return { code: live.code, expiresAt: live.expiresAt };
    },
    issue() {
      const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
      live = { code, expiresAt: new Date(options.now().getTime() + options.ttlSeconds * 1000), wrongTries: 0 };
      return { code, expiresAt: live.expiresAt };
    },
    check(code) {
      if (!live) return 'no_pairing_code';
      if (live.wrongTries >= maxAttempts) return 'code_locked';
      if (isExpired(live)) return 'code_expired';
      const isMatch = code.length === live.code.length && timingSafeEqual(Buffer.from(code), Buffer.from(live.code));
      if (!isMatch) {
        live.wrongTries += 1;
        return live.wrongTries >= maxAttempts ? 'code_locked' : 'wrong_code';
      }
      live = null;
      return 'ok';
    },
    clear() {
      live = null;
    },
  };
}
