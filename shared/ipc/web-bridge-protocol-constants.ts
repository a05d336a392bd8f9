/** The web bridge's wire constants and frame types, schema-free so the browser-side bridge stays small. */
import type { Result } from './result';

/** Sent as the WebSocket subprotocol the server answers with. */
export const WEB_BRIDGE_PROTOCOL = 'repconsole.v1';
/** Prefix of the second subprotocol, which carries the per-launch secret. */
export const WEB_BRIDGE_SECRET_PREFIX = 'secret.';
export const WEB_BRIDGE_PATH = '/bridge';

/** A frame from main to the browser: a call's result, or an event. */
export type WebBridgeMessage =
  | { type: 'result'; id: number; result: Result<unknown> }
  | { type: 'event'; channel: string; payload: unknown };
