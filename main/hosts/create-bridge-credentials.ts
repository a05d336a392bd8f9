/**
 * Who may open the web bridge: one-time launch secrets, and the per-page credentials they turn into.
 *
 * A launch link (`#secret=…`) is printed to the terminal and lands in the browser's history, so it must
 * open exactly one page: the first connection that presents it consumes it and receives a credential
 * of its own, which the page keeps in its tab (sessionStorage) for reconnects and reloads. A second tab
 * opened from the same link, or from history, is refused; a new window needs a new launch link.
 */
import { createHash, randomBytes } from 'node:crypto';
import { WEB_BRIDGE_PAGE_PREFIX, WEB_BRIDGE_SECRET_PREFIX } from '../../shared/ipc/web-bridge-protocol';

/** A connection the credentials admit: `issued` is set when it consumed a launch secret. */
export interface Admission {
  /** The page credential this connection holds (digest, for keying live sockets). */
  readonly pageKey: string;
  /** The credential to hand to the page, when this connection used a launch secret. */
  readonly issued: string | null;
}

export interface BridgeCredentials {
  /** Mints a launch secret for one more window. */
  newLaunchSecret(): string;
  /** Checks the offered subprotocols; null means refuse. */
  admit(offered: readonly string[]): Admission | null;
}

/** Launch links not yet used; the oldest is forgotten past this (a link printed long ago). */
const MAX_OPEN_LAUNCH_SECRETS = 16;

// Secrets are looked up by digest: the comparison never runs over the secret's own bytes, so its
// timing says nothing about how much of a guess was right.
const digest = (value: string): string => createHash('sha256').update(value).digest('base64url');
const mint = (): string => randomBytes(32).toString('base64url');

/** Creates an empty set of credentials (call newLaunchSecret for the first link). */
export function createBridgeCredentials(): BridgeCredentials {
  const launchSecrets = new Set<string>();
  const pages = new Set<string>();
  return {
    newLaunchSecret() {
      const secret = mint();
      launchSecrets.add(digest(secret));
      if (launchSecrets.size > MAX_OPEN_LAUNCH_SECRETS) launchSecrets.delete(launchSecrets.values().next().value!);
      return secret;
    },
    admit(offered) {
      for (const protocol of offered) {
        if (protocol.startsWith(WEB_BRIDGE_PAGE_PREFIX)) {
          const key = digest(protocol.slice(WEB_BRIDGE_PAGE_PREFIX.length));
          if (pages.has(key)) return { pageKey: key, issued: null };
        } else if (protocol.startsWith(WEB_BRIDGE_SECRET_PREFIX)) {
          if (!launchSecrets.delete(digest(protocol.slice(WEB_BRIDGE_SECRET_PREFIX.length)))) continue;
          const credential = mint();
          const key = digest(credential);
          pages.add(key);
          return { pageKey: key, issued: credential };
        }
      }
      return null;
    },
  };
}
