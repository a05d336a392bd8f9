/** The call bar's view of a call: formatted for a rep to read, with no driver protocol in it. */
import type { CallView } from '../../shared/calls/call-views';
import { formatPhone } from '../../shared/lib/phone';
import type { CallRecord } from './apply-call-event';
import { readCallerNumber } from './read-caller-number';

/** Shapes one record; `canControl` comes from the command router (which driver owns it, whether it is up). */
export function toCallView(record: CallRecord, canControl: boolean): CallView {
  const caller = readCallerNumber(record.info.ani);
  return {
    callId: record.info.callId,
    phase: record.phase,
    direction: record.info.direction,
    callerNumber: caller.kind === 'withheld' ? null : caller.kind === 'number' ? formatPhone(caller.e164) : caller.text,
    queue: record.info.queue,
    ivrIntent: record.info.ivr?.intent ?? null,
    isIvrVerified: record.info.ivr?.isVerified === true,
    isMuted: record.isMuted,
    isRecording: record.isRecording,
    ringAt: record.ringAt.toISOString(),
    answeredAt: record.answeredAt?.toISOString() ?? null,
    endedAt: record.endedAt?.toISOString() ?? null,
    canControl: canControl && record.phase !== 'ended',
  };
}
