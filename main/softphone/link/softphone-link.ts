/**
 * The local softphone link as the rest of main uses it: the call model feeds `onEvent` into itself and
 * calls `send`; the handlers show `view()` and make pairing codes. docs/softphone-protocol.md is the wire.
 */
import type { CallCommand, CallEvent } from '../../../shared/calls/call-events';
import type { LinkView } from '../../../shared/calls/call-views';
import type { LinkError } from '../../../shared/softphone/link-protocol';
import type { Logger } from '../../logging/create-logger';
import type { PairingStore } from './create-pairing-store';

/** The link's own part of LinkView (the backend CTI feed's state is another driver's). */
export type SoftphoneLinkView = Omit<LinkView, 'ctiFeed'>;

/** What the softphone answered to one command. */
export type CommandOutcome = { ok: true } | { ok: false; error: LinkError };

/** The link's surface for main. */
export interface SoftphoneLink {
  /** Starts listening on 127.0.0.1; resolves with the port actually bound (0 in policy picks one). */
  listen(): Promise<{ port: number }>;
  /** Closes the connection (1001) and the listener. */
  close(): Promise<void>;
  view(): SoftphoneLinkView;
  /** Makes a new six-digit code (any earlier one stops working) and returns the view that shows it. */
  newPairingCode(): SoftphoneLinkView;
  /** Forgets the paired softphone: its token stops working and its connection closes. */
  forget(): SoftphoneLinkView;
  /** Sends a command to the connected softphone; false when none is connected (nothing is queued). */
  send(command: CallCommand): boolean;
}

/** How the link is built; every callback is guarded, so a throwing listener never reaches a socket. */
export interface SoftphoneLinkOptions {
  /** The loopback port (policy `softphone.linkPort`); 0 picks a free one. */
  readonly port: number;
  readonly logger: Logger;
  readonly pairingStore: PairingStore;
  /** Each call event a softphone reports, once per event id (resent duplicates are dropped). */
  readonly onEvent: (event: CallEvent) => void;
  /** The view changed: connected, disconnected, paired, forgotten, a code made, expired or locked. */
  readonly onChanged: (view: SoftphoneLinkView) => void;
  /** What the softphone answered to a command sent with `send`. */
  readonly onCommandResult?: (command: CallCommand, outcome: CommandOutcome) => void;
  /** The rep's extension, told to the softphone in `welcome`; default none. */
  readonly agentExtension?: () => string | null;
  /** Default 300 (policy `softphone.pairingCodeTtlSeconds`). */
  readonly pairingCodeTtlSeconds?: number;
  /** Default LINK_HEARTBEAT_SECONDS × 1000 (tests shorten it). */
  readonly heartbeatMs?: number;
  /** Default LINK_HANDSHAKE_TIMEOUT_SECONDS × 1000. */
  readonly handshakeTimeoutMs?: number;
  /** Refusals logged in full per minute before they are only counted; default 10. */
  readonly refusalLinesPerMinute?: number;
  /** The clock for code expiry and `since`; default the real one. */
  readonly now?: () => Date;
}
