/**
 * Only our own renderer may call main.
 *
 * A compromised or navigated frame (an injected iframe, a page reached by a bad link) gets the same
 * bridge object if navigation guards ever fail; checking the calling frame's origin on every call means
 * such a frame is refused even then. The host supplies the origin it actually observed (the sender
 * frame's URL in Electron, the authenticated socket's Origin header in the web host).
 */
export interface SenderInfo {
  /** Origin of the calling frame, e.g. `app://rep-console` or `http://127.0.0.1:5123`. */
  readonly origin: string | null;
}

/** Returns a predicate that accepts only the listed origins. */
export function createTrustedSenderCheck(trustedOrigins: readonly string[]): (sender: SenderInfo) => boolean {
  const allowed = new Set(trustedOrigins);
  return (sender) => sender.origin !== null && allowed.has(sender.origin);
}
