/**
 * What the link shows the rep (unpaired, disconnected, connected to <name>, the pairing code) and the
 * event ids it has delivered, told to listeners only when the view really changed.
 */
import { LINK_REMEMBERED_EVENT_IDS } from '../../../shared/softphone/link-protocol';
import type { PairingCodes } from './create-pairing-codes';
import type { PairingStore } from './create-pairing-store';
import type { SoftphoneLinkView } from './softphone-link';

export interface LinkState {
  view(): SoftphoneLinkView;
  /** Recomputes the view (a code was made, used, tried or expired) and tells listeners if it changed. */
  changed(): SoftphoneLinkView;
  connected(softphoneName: string): void;
  disconnected(): void;
  /** The pairing was forgotten: resent event ids from the old softphone mean nothing any more. */
  forgotten(): SoftphoneLinkView;
  /** Records an event id; false when it was delivered before (a softphone resending after a drop). */
  remember(eventId: string): boolean;
  close(): void;
}

/** Creates the state; `onChanged` hears every distinct view. */
export function createLinkState(options: {
  codes: PairingCodes;
  pairingStore: PairingStore;
  now: () => Date;
  onChanged: (view: SoftphoneLinkView) => void;
}): LinkState {
  const { codes, pairingStore, now } = options;
  let connectedName: string | null = null;
  let since = now();
  let last: SoftphoneLinkView | null = null;
  let expiryTimer: ReturnType<typeof setTimeout> | null = null;
  const seen = new Set<string>();

  const compute = (): SoftphoneLinkView => {
    const paired = pairingStore.current();
    const code = codes.current();
    return {
      state: connectedName !== null ? 'connected' : paired ? 'disconnected' : 'unpaired',
      softphoneName: connectedName ?? paired?.softphoneName ?? null,
      pairing: code ? { code: code.code, expiresAt: code.expiresAt.toISOString() } : null,
      since: since.toISOString(),
    };
  };

  const changed = (): SoftphoneLinkView => {
    let view = compute();
    if (last && view.state !== last.state) {
      since = now();
      view = compute();
    }
    if (expiryTimer) clearTimeout(expiryTimer);
    expiryTimer = null;
    const code = codes.current();
    if (code) {
      // The code disappears from the screen when it stops working, without the rep doing anything.
      expiryTimer = setTimeout(changed, Math.max(0, code.expiresAt.getTime() - now().getTime()) + 50);
      expiryTimer.unref();
    }
    if (JSON.stringify(view) !== JSON.stringify(last)) {
      last = view;
      options.onChanged(view);
    }
    return view;
  };

  return {
    view: () => last ?? (last = compute()),
    changed,
    connected(softphoneName) {
      connectedName = softphoneName;
      changed();
    },
    disconnected() {
      connectedName = null;
      changed();
    },
    forgotten() {
      connectedName = null;
      seen.clear();
      return changed();
    },
    remember(eventId) {
      if (seen.has(eventId)) return false;
      seen.add(eventId);
      if (seen.size > LINK_REMEMBERED_EVENT_IDS) seen.delete(seen.values().next().value!);
      return true;
    },
    close() {
      if (expiryTimer) clearTimeout(expiryTimer);
    },
  };
}
