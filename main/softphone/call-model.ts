/**
 * The one call model in main: every driver's events, keyed by call id, through one state machine.
 * A replayed or late event never doubles a transition, an event for a call main never saw ring is
 * dropped with a log line, and the lifecycle listener hears each transition exactly once.
 */
import type { CallEvent } from '../../shared/calls/call-events';
import type { Logger } from '../logging/create-logger';
import { applyCallEvent, startCallRecord, type CallDriver, type CallRecord, type CallTransition } from './apply-call-event';
import type { CallLifecycleListener } from './call-lifecycle';

/** The model's memory of calls; answers for the call bar and the command router. */
export interface CallModel {
  /** Feeds one event from a driver; false when it was ignored (replayed, late, unknown call). */
  apply(event: CallEvent, driver: CallDriver): boolean;
  /** The call the call bar shows: the newest call not ended, else the one that ended last. */
  current(): CallRecord | null;
  get(callId: string): CallRecord | null;
}

export interface CallModelDeps {
  readonly listener: () => CallLifecycleListener;
  /** A new call rang (once per call id): the screen pop starts here. */
  readonly onNewCall: (record: CallRecord) => void;
  /** Any change the call bar should redraw. */
  readonly onChanged: () => void;
  readonly logger: Logger;
  readonly now?: () => Date;
  /** How many calls are remembered, so a replay long after still finds its call; default 500. */
  readonly rememberedCalls?: number;
}

/** Creates an empty model (idle). */
export function createCallModel(deps: CallModelDeps): CallModel {
  const now = deps.now ?? (() => new Date());
  const limit = deps.rememberedCalls ?? 500;
  // Insertion order is ring order: the last entry rang last.
  const calls = new Map<string, CallRecord>();
  let lastEndedId: string | null = null;

  function forgetOldest(): void {
    for (const [callId, record] of calls) {
      if (calls.size <= limit) return;
      if (record.phase === 'ended') calls.delete(callId);
    }
  }

  /** A listener that throws must not stop the model or the other listeners. */
  function safely(what: string, callId: string, run: () => void): void {
    try {
      run();
    } catch (error) {
      deps.logger.error({ err: error, callId }, `call lifecycle listener failed: ${what}`);
    }
  }

  function tell(callId: string, at: Date, transition: CallTransition): void {
    const listener = deps.listener();
    if (transition.kind === 'connected') safely('onConnected', callId, () => listener.onConnected(callId, at));
    else if (transition.kind === 'held') safely('onHeld', callId, () => listener.onHeld(callId, at));
    else if (transition.kind === 'resumed') safely('onResumed', callId, () => listener.onResumed(callId, at));
    else if (transition.kind === 'ended') {
      const info = transition.cause === undefined ? { wasAnswered: transition.wasAnswered } : { wasAnswered: transition.wasAnswered, cause: transition.cause };
      safely('onEnded', callId, () => listener.onEnded(callId, at, info));
    }
  }

  return {
    apply(event, driver) {
      const at = now();
      if (event.type === 'secure_capture') return false;
      if (event.type === 'ringing') {
        if (calls.has(event.call.callId)) {
          deps.logger.debug({ callId: event.call.callId, driver }, 'call event ignored: ringing again for a known call');
          return false;
        }
        const record = startCallRecord(event.call, driver, at);
        calls.set(record.info.callId, record);
        forgetOldest();
        deps.logger.info({ callId: record.info.callId, driver, direction: record.info.direction }, 'call ringing');
        // The pop's lookup leaves first: what the listener starts (agent state, the durable store) waits behind it.
        safely('screen pop', record.info.callId, () => deps.onNewCall(record));
        safely('onRinging', record.info.callId, () => deps.listener().onRinging(record.info, at));
        deps.onChanged();
        return true;
      }
      const known = calls.get(event.callId);
      if (!known) {
        deps.logger.warn({ callId: event.callId, driver, type: event.type }, 'call event ignored: no such call rang here');
        return false;
      }
      const result = applyCallEvent(known, event, at);
      if ('ignored' in result) {
        deps.logger.debug({ callId: event.callId, driver, type: event.type, reason: result.ignored }, 'call event ignored');
        return false;
      }
      // A call first heard of from the CTI feed becomes controllable once the paired softphone reports it.
      const record = driver === 'link' && result.record.driver !== 'link' ? { ...result.record, driver } : result.record;
      calls.set(event.callId, record);
      if (record.phase === 'ended') lastEndedId = event.callId;
      if (result.transition.kind !== 'updated') deps.logger.info({ callId: event.callId, driver, type: event.type }, 'call transition');
      tell(event.callId, at, result.transition);
      deps.onChanged();
      return true;
    },

    current() {
      for (const record of [...calls.values()].reverse()) {
        if (record.phase !== 'ended') return record;
      }
      return lastEndedId === null ? null : (calls.get(lastEndedId) ?? null);
    },

    get(callId) {
      return calls.get(callId) ?? null;
    },
  };
}
