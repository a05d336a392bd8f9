/**
 * The phone systems allowed to push CTI events, each known by a token it puts in the webhook's path
 * (as Zammad's generic CTI does). Only SHA-256 digests are kept, and a presented token is compared
 * with every one in constant time, so neither memory nor timing gives a token away.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

/** The sandbox's phone-system token unless told otherwise (SANDBOX_CTI_TOKEN): a public dev value, like the sandbox's passwords. */
export const DEFAULT_CTI_TOKEN = 'sandbox-pbx';

/** Which phone system a token belongs to. */
export interface PhoneSystemTokens {
  /** The phone system's name (`pbx-1`…), or null for a token no phone system has. */
  identify(token: string): string | null;
}

const digest = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

/** Digests the configured tokens; an empty or duplicate token is a configuration mistake. */
export function createPhoneSystemTokens(tokens: readonly string[]): PhoneSystemTokens {
  if (tokens.some((t) => t.length < 8)) throw new Error('A phone-system token must have at least 8 characters.');
  if (new Set(tokens).size !== tokens.length) throw new Error('Each phone system needs its own token.');
  const known = tokens.map((token, i) => ({ name: `pbx-${i + 1}`, digest: digest(token) }));
  return {
    identify(token) {
      const presented = digest(token);
      let found: string | null = null;
      // Every digest is compared, so the time taken says nothing about which one matched.
      for (const system of known) if (timingSafeEqual(presented, system.digest) && found === null) found = system.name;
      return found;
    },
  };
}
