/** For tests: the next payload main emits on one channel, so a test waits for what the screen would hear. */
import type { EventChannel } from '../../../shared/ipc/contract';
import type { EventBus } from '../create-event-bus';

/** Resolves with the next payload on `channel`, then stops listening. */
export function nextEvent(events: EventBus, channel: EventChannel): Promise<unknown> {
  return new Promise((resolve) => {
    const stop = events.subscribe((c, payload) => {
      if (c === channel) {
        stop();
        resolve(payload);
      }
    });
  });
}
