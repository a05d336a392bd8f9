/** Builds `window.repConsole` from the contract over any transport, so preload and the web bridge cannot drift. */
import { EVENT_METHODS, INVOKE_METHODS, type EventChannel, type InvokeChannel } from './channels';
import type { EventPayload, InvokeInput, InvokeOutput } from './contract';
import type { Result } from './result';

/** What a host's transport must offer: request/response and a subscription that never leaks its event object. */
export interface BridgeTransport {
  invoke(channel: InvokeChannel, input: unknown): Promise<Result<unknown>>;
  subscribe(channel: EventChannel, listener: (payload: unknown) => void): () => void;
}

type InvokeMethods = {
  [C in InvokeChannel as (typeof INVOKE_METHODS)[C]]: InvokeInput<C> extends undefined
    ? () => Promise<Result<InvokeOutput<C>>>
    : (input: InvokeInput<C>) => Promise<Result<InvokeOutput<C>>>;
};

type EventMethods = {
  [E in EventChannel as (typeof EVENT_METHODS)[E]]: (listener: (payload: EventPayload<E>) => void) => () => void;
};

/** The typed API the renderer sees as `window.repConsole`. */
export type RepConsoleApi = InvokeMethods & EventMethods;

/** Returns a frozen object with one intent-named function per channel. */
export function createRepConsoleApi(transport: BridgeTransport): RepConsoleApi {
  const api: Record<string, unknown> = {};
  for (const [channel, method] of Object.entries(INVOKE_METHODS)) {
    api[method] = (input?: unknown) => transport.invoke(channel as InvokeChannel, input);
  }
  for (const [channel, method] of Object.entries(EVENT_METHODS)) {
    api[method] = (listener: (payload: unknown) => void) =>
      transport.subscribe(channel as EventChannel, (payload) => listener(payload));
  }
  return Object.freeze(api) as RepConsoleApi;
}
