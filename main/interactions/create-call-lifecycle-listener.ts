/**
 * Turns the call model's lifecycle into the interaction: a ringing call starts one, answer, hold and
 * hang-up keep its times, hang-up starts wrap-up, and a call that ends unanswered is recorded as
 * missed at once. One interaction at a time: a call ringing while another is live is left to the phone
 * system; a call ringing during wrap-up closes that wrap-up first, so the next caller never inherits it.
 */
import type { CallInfo } from '../../shared/calls/call-events';
import type { CallLifecycleListener } from '../softphone/call-lifecycle';
import type { Logger } from '../logging/create-logger';
import { connect, end, hold, resume, revive, type InteractionState } from './interaction-state';

/** What the listener needs from the interaction service. */
export interface InteractionKeeper {
  current(): InteractionState | null;
  /** Saves and announces a new state of the current interaction. */
  commit(next: InteractionState): void;
  /** Starts a new interaction for a call (null when no rep is signed in). */
  start(call: CallInfo, at: Date): void;
  /** Sends this (the current) interaction to the outbox without the rep's wrap-up (missed, or cut short). */
  closeUnfinished(state: InteractionState, summary: string, at: Date): void;
  /** The call is about this member (the screen pop found one). */
  identify(memberId: string): void;
}

/** Builds the listener calls-core calls (main/softphone/call-lifecycle.ts). */
export function createCallLifecycleListener(keeper: InteractionKeeper, logger: Logger): CallLifecycleListener {
  /** The current interaction when it belongs to this call, else null. */
  const forCall = (callId: string) => {
    const state = keeper.current();
    return state && state.callId === callId ? state : null;
  };
  const live = (callId: string) => {
    const state = forCall(callId);
    return state && state.phase === 'active' ? state : null;
  };

  return {
    onRinging(call, at) {
      const state = keeper.current();
      if (state?.callId === call.callId) {
        // The softphone still had the call when the console restarted: it carries on.
        if (state.phase === 'wrap_up') keeper.commit(revive(state));
        return;
      }
      if (state?.phase === 'active') {
        logger.warn({ callId: call.callId }, 'a call rang while another is in progress; no interaction was started for it');
        return;
      }
      if (state) keeper.closeUnfinished(state, 'Wrap-up not finished: the next call rang.', at);
      keeper.start(call, at);
    },
    onConnected(callId, at) {
      const state = live(callId);
      if (state) keeper.commit(connect(state, at));
    },
    onHeld(callId, at) {
      const state = live(callId);
      if (state) keeper.commit(hold(state, at));
    },
    onResumed(callId, at) {
      const state = live(callId);
      if (state) keeper.commit(resume(state, at));
    },
    onEnded(callId, at, info) {
      const state = live(callId);
      if (!state) return;
      const ended = end(state, at);
      if (!info.wasAnswered && state.answeredAt === null) keeper.closeUnfinished(ended, 'Missed call: the caller hung up before it was answered.', at);
      else keeper.commit(ended);
    },
    onPopped(callId, target) {
      const state = forCall(callId);
      if (state && state.memberId === null && target.kind === 'member') keeper.identify(target.memberId);
    },
  };
}
