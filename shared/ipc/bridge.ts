/** Builds `window.repConsole` from the contract over any transport, so preload and the web bridge cannot drift. */
import type { Result } from './result';
import {
  eventContract,
  invokeContract,
  type EventChannel,
  type EventContract,
  type EventPayload,
  type InvokeChannel,
  type InvokeContract,
  type InvokeInput,
  type InvokeOutput,
} from './contract';

/** What a host's transport must offer: request/response and a subscription that never leaks its event object. */
export interface BridgeTransport {
  invoke(channel: InvokeChannel, input: unknown): Promise<Result<unknown>>;
  subscribe(channel: EventChannel, listener: (payload: unknown) => void): () => void;
}

type InvokeMethods = {
  [C in InvokeChannel as InvokeContract[C]['method']]: InvokeInput<C> extends undefined
    ? () => Promise<Result<InvokeOutput<C>>>
    : (input: InvokeInput<C>) => Promise<Result<InvokeOutput<C>>>;
};

type EventMethods = {
  [E in EventChannel as EventContract[E]['method']]: (listener: (payload: EventPayload<E>) => void) => () => void;
};

/** The typed API the renderer sees as `window.repConsole`. */
export type RepConsoleApi = InvokeMethods & EventMethods;

/** Returns a frozen object with one intent-named function per channel. */
export function createRepConsoleApi(transport: BridgeTransport): RepConsoleApi {
  const api: Record<string, unknown> = {};
  for (const [channel, def] of Object.entries(invokeContract)) {
    api[def.method] = (input?: unknown) => transport.invoke(channel as InvokeChannel, input);
  }
  for (const [channel, def] of Object.entries(eventContract)) {
    api[def.method] = (listener: (payload: unknown) => void) =>
      transport.subscribe(channel as EventChannel, (payload) => listener(payload));
  }
  return Object.freeze(api) as RepConsoleApi;
}
