/** The web bridge's wire constants and frame types, schema-free so the browser-side bridge stays small. */
import type { Result } from './result';

/** Sent as the WebSocket subprotocol the server answers with. */
export const WEB_BRIDGE_PROTOCOL = 'repconsole.v1';
/** Prefix of the subprotocol that carries a one-time launch secret (from the launch link's fragment). */
export const WEB_BRIDGE_SECRET_PREFIX = 'secret.';
/** Prefix of the subprotocol that carries a page's own credential, handed out when it used a launch secret. */
export const WEB_BRIDGE_PAGE_PREFIX = 'page.';
export const WEB_BRIDGE_PATH = '/bridge';
/** Close code for a page whose credential another page presented since: it must not reconnect. */
export const WEB_BRIDGE_SUPERSEDED = 4001;

/** A frame from main to the browser: a call's result, an event, or the page's own credential. */
export type WebBridgeMessage =
  | { type: 'result'; id: number; result: Result<unknown> }
  | { type: 'event'; channel: string; payload: unknown }
  | { type: 'credential'; credential: string };
