/** Main's outbound events: services emit typed payloads, hosts forward them to every window. */
import type { EventChannel, EventPayload } from '../../shared/ipc/contract';

export type EventListener = (channel: EventChannel, payload: unknown) => void;

export interface EventBus {
  emit<E extends EventChannel>(channel: E, payload: EventPayload<E>): void;
  /** Returns an unsubscribe function. */
  subscribe(listener: EventListener): () => void;
}

/** Creates an in-process bus; a throwing listener never stops the others. */
export function createEventBus(onListenerError: (error: unknown) => void = () => {}): EventBus {
  const listeners = new Set<EventListener>();
  return {
    emit(channel, payload) {
      for (const listener of listeners) {
        try {
          listener(channel, payload);
        } catch (error) {
          onListenerError(error);
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
