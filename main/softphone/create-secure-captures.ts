/**
 * Secure keypad capture as main tracks it: the caller keys card digits on the phone, the telephony
 * side sends them to the processor, and the console hears only progress and the token. Only captures
 * this console started are reported to the screen (a softphone cannot slip a token into a payment the
 * rep never asked for), each terminal status once, and a capture still open when its call ends is
 * reported cancelled, so the payment screen never waits for digits nobody can key.
 */
import { randomUUID } from 'node:crypto';
import type { CallEvent } from '../../shared/calls/call-events';
import type { SecureCaptureView } from '../../shared/calls/call-views';
import type { Logger } from '../logging/create-logger';

type CaptureEvent = Extract<CallEvent, { type: 'secure_capture' }>;
type Status = SecureCaptureView['status'] | 'requested';

/** Captures started from this console and where each stands. */
export interface SecureCaptures {
  /** Records a new capture for `callId`; the caller sends the start command with the id. */
  start(callId: string): string;
  /** The call a capture belongs to, or null when this console never started it. */
  callOf(captureId: string): string | null;
  /** A driver reported progress; false when it was not ours, replayed, or after the end. */
  handle(event: CaptureEvent): boolean;
  /** The call ended: every capture still open for it is cancelled. */
  endCall(callId: string): void;
}

const TERMINAL = new Set<Status>(['completed', 'failed', 'cancelled']);
/** Captures remembered, so a late or replayed event for an old one is still recognised. */
const REMEMBERED = 200;

/** Creates the tracker; `emit` sends each view to the screen. */
export function createSecureCaptures(deps: { emit: (view: SecureCaptureView) => void; logger: Logger }): SecureCaptures {
  const captures = new Map<string, { callId: string; status: Status; last: string }>();

  function report(captureId: string, view: SecureCaptureView): void {
    const capture = captures.get(captureId);
    if (!capture) return;
    capture.status = view.status;
    capture.last = JSON.stringify([view.status, view.field, view.digitsEntered]);
    deps.emit(view);
  }

  return {
    start(callId) {
      const captureId = randomUUID();
      captures.set(captureId, { callId, status: 'requested', last: '' });
      for (const id of captures.keys()) {
        if (captures.size <= REMEMBERED) break;
        captures.delete(id);
      }
      return captureId;
    },

    callOf(captureId) {
      return captures.get(captureId)?.callId ?? null;
    },

    handle(event) {
      const capture = captures.get(event.captureId);
      // Never log the card: the captureId and status are all a reader of the log needs.
      const where = { captureId: event.captureId, callId: event.callId, status: event.status };
      if (!capture || capture.callId !== event.callId) {
        deps.logger.warn(where, 'secure capture event ignored: this console did not start that capture for that call');
        return false;
      }
      const key = JSON.stringify([event.status, event.field ?? null, event.digitsEntered ?? null]);
      if (TERMINAL.has(capture.status) || key === capture.last) {
        deps.logger.debug(where, 'secure capture event ignored: replayed or after the capture ended');
        return false;
      }
      if (event.status === 'completed' && !event.card) {
        deps.logger.warn(where, 'secure capture event ignored: completed without the processor token');
        return false;
      }
      report(event.captureId, {
        captureId: event.captureId,
        status: event.status,
        field: event.field ?? null,
        digitsEntered: event.digitsEntered ?? null,
        card: event.status === 'completed' ? (event.card ?? null) : null,
        reason: event.reason ?? null,
      });
      return true;
    },

    endCall(callId) {
      for (const [captureId, capture] of captures) {
        if (capture.callId !== callId || TERMINAL.has(capture.status)) continue;
        report(captureId, { captureId, status: 'cancelled', field: null, digitsEntered: null, card: null, reason: 'The call ended before the card details were complete.' });
      }
    },
  };
}
