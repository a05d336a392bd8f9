/**
 * The calls area's handlers: the call bar's state and controls, and the recording and secure-capture
 * commands the payment screens use. Each acts on the call on screen, so the renderer never names a
 * call id (or a driver) and cannot act on a call the rep does not see.
 */
import type { InvokeHandlers } from '../ipc/handlers';
import type { CallService } from './create-call-service';

type CallHandlers = Pick<
  InvokeHandlers,
  'calls:get-state' | 'calls:command' | 'calls:pause-recording' | 'calls:resume-recording' | 'calls:start-secure-capture' | 'calls:stop-secure-capture'
>;

/** Builds the handlers over the call service. */
export function createCallHandlers(calls: CallService): CallHandlers {
  return {
    'calls:get-state': async () => calls.state(),
    'calls:command': async ({ action, target }) => {
      calls.command(action, target);
      return null;
    },
    'calls:pause-recording': async () => ({ isPaired: calls.setRecording(true) }),
    'calls:resume-recording': async () => ({ isPaired: calls.setRecording(false) }),
    'calls:start-secure-capture': async () => ({ captureId: calls.startSecureCapture() }),
    'calls:stop-secure-capture': async ({ captureId }) => {
      calls.stopSecureCapture(captureId);
      return null;
    },
  };
}
