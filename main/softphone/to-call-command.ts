/**
 * Turns what the rep pressed into the command for the call on screen, refusing one that makes no
 * sense for the call's phase (answering a call already answered), so a stale click is a clear message.
 */
import type { CallCommand } from '../../shared/calls/call-events';
import { AppFailure } from '../../shared/ipc/result';
import type { CallRecord } from './apply-call-event';

/** The call controls the call bar and the shortcuts offer. */
export type CallAction = 'answer' | 'hold' | 'resume' | 'mute' | 'unmute' | 'transfer' | 'hang_up';

const ALLOWED: Record<CallAction, { phases: readonly CallRecord['phase'][]; refusal: string }> = {
  answer: { phases: ['ringing'], refusal: 'There is no ringing call to answer.' },
  hold: { phases: ['connected'], refusal: 'Only a connected call can be put on hold.' },
  resume: { phases: ['held'], refusal: 'The call is not on hold.' },
  mute: { phases: ['connected', 'held'], refusal: 'Only a call in progress can be muted.' },
  unmute: { phases: ['connected', 'held'], refusal: 'Only a call in progress can be unmuted.' },
  transfer: { phases: ['connected', 'held'], refusal: 'Answer the call before transferring it.' },
  hang_up: { phases: ['ringing', 'connected', 'held'], refusal: 'The call has already ended.' },
};

/** The command for `action` on `record`; throws INVALID_INPUT when the call's phase does not allow it. */
export function toCallCommand(record: CallRecord, action: CallAction, target?: string): CallCommand {
  const rule = ALLOWED[action];
  if (!rule.phases.includes(record.phase)) throw new AppFailure('INVALID_INPUT', rule.refusal);
  const { callId } = record.info;
  switch (action) {
    case 'mute':
    case 'unmute':
      return { type: 'mute', callId, isMuted: action === 'mute' };
    case 'transfer':
      if (!target) throw new AppFailure('INVALID_INPUT', 'Say where to transfer the call.');
      return { type: 'transfer', callId, target };
    default:
      return { type: action, callId };
  }
}
