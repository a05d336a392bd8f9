/**
 * The local softphone link's wire constants: version, path, limits, close codes and error codes.
 * Kept apart from the schemas so docs, the link, the simulator and tests name them once.
 */

/** The protocol version every message carries as `v`; a console refuses any other. */
export const LINK_PROTOCOL_VERSION = 1;

/** The WebSocket path the console listens on (ws://127.0.0.1:<port>/softphone). */
export const LINK_PATH = '/softphone';

/** The default loopback port (policy `softphone.linkPort`). */
export const LINK_DEFAULT_PORT = 47615;

/** Largest message the console accepts, in bytes: a bigger frame closes the connection with 1009. */
export const LINK_MAX_MESSAGE_BYTES = 16 * 1024;

/** Seconds a new connection has to send `pair` or `hello` before the console closes it. */
export const LINK_HANDSHAKE_TIMEOUT_SECONDS = 10;

/** Seconds between the console's WebSocket ping frames; two missed pongs close the connection. */
export const LINK_HEARTBEAT_SECONDS = 15;

/** Wrong pairing codes allowed per code before it locks and a new one must be made. */
export const LINK_MAX_PAIRING_ATTEMPTS = 5;

/** How many event ids the console remembers per connection lifetime to drop resent duplicates. */
export const LINK_REMEMBERED_EVENT_IDS = 1000;

/**
 * WebSocket close codes the console uses. A softphone reconnects (with backoff) after any of them
 * except REPLACED, PAIRING_REFUSED and TOKEN_REFUSED, which need a person (see docs/softphone-protocol.md).
 */
export const LINK_CLOSE = {
  /** The console is shutting down. */
  GOING_AWAY: 1001,
  /** A frame over LINK_MAX_MESSAGE_BYTES (the WebSocket library's own code). */
  TOO_LARGE: 1009,
  /** Not JSON, a wrong `v`, an unknown `type`, or a message not allowed at this point. */
  PROTOCOL_ERROR: 4000,
  /** Another softphone connected with a valid token: this one must not reconnect by itself. */
  REPLACED: 4001,
  /** The pairing code was wrong, expired, locked, or none is offered: a person must enter a new one. */
  PAIRING_REFUSED: 4003,
  /** The token is unknown (the rep forgot this softphone, or it was never paired): pair again. */
  TOKEN_REFUSED: 4004,
  /** No `pair` or `hello` within LINK_HANDSHAKE_TIMEOUT_SECONDS, or no pong to the console's pings. */
  TIMEOUT: 4008,
} as const;

/** Stable codes in `error` messages (always followed by a close) and in negative acks and results. */
export const LINK_ERROR_CODES = [
  'bad_json',
  'unsupported_version',
  'unknown_type',
  'bad_message',
  'not_authenticated',
  'already_authenticated',
  'no_pairing_code',
  'wrong_code',
  'code_expired',
  'code_locked',
  'bad_token',
  'replaced',
  'timeout',
  'bad_event',
  'unknown_command',
  'not_supported',
  'failed',
] as const;
export type LinkErrorCode = (typeof LINK_ERROR_CODES)[number];
