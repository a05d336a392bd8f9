/**
 * What the call model tells the rest of main about a call's life: the interaction service records
 * times and decides the rep's state from these; the call model never decides either itself.
 *
 * Each method is called at most once per transition of one call id (a replayed event calls nothing),
 * in order: onRinging first, onPopped once after it, onEnded last. `at` is when main saw the event.
 */
import type { CallInfo } from '../../shared/calls/call-events';
import type { PopTarget } from '../../shared/calls/call-views';

/** How a call ended: answered or missed, and the phone system's word for why. */
export interface CallEndInfo {
  /** False when the call hung up before it was answered: a missed call. */
  readonly wasAnswered: boolean;
  readonly cause?: string;
}

/** Told about every lifecycle transition of every call, whichever driver reported it. */
export interface CallLifecycleListener {
  onRinging(call: CallInfo, at: Date): void;
  onConnected(callId: string, at: Date): void;
  onHeld(callId: string, at: Date): void;
  onResumed(callId: string, at: Date): void;
  onEnded(callId: string, at: Date, info: CallEndInfo): void;
  /** Where the screen pop took the console (once per call, after onRinging). */
  onPopped(callId: string, target: PopTarget): void;
}

/** A listener that ignores everything: the default until the interactions service is wired. */
export const IGNORING_LIFECYCLE_LISTENER: CallLifecycleListener = {
  onRinging() {},
  onConnected() {},
  onHeld() {},
  onResumed() {},
  onEnded() {},
  onPopped() {},
};
