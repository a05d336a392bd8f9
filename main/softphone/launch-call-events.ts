/**
 * A launch hook (`repconsole://call?ani=…&callId=…`, `rep-console --incoming-call <number>`) as call
 * events. The softphone opened the console because the rep has the call, so it rings and connects at
 * once; the hook never says when it ends (the next call ends it). A hook without a call id takes the
 * id the caller chose (the call service reuses the last launch call's id for the same number within a
 * minute, so a softphone that fires on ring and again on answer makes one call, not two).
 */
import { CallInfoSchema, type CallEvent } from '../../shared/calls/call-events';

/** What the launch-hook parser hands over: the caller's number, the phone system's id and an IVR member ID when it gave them. */
export interface LaunchCallRequest {
  readonly ani: string | null;
  readonly callId?: string | null;
  /** Keyed in the IVR; main checks it like any IVR identifier (resolve-pop.ts). */
  readonly memberId?: string | null;
}

/** The events for one launch request, or null when its fields do not pass the call schema. */
export function launchCallEvents(request: LaunchCallRequest, fallbackCallId: string): CallEvent[] | null {
  const call = CallInfoSchema.safeParse({
    callId: request.callId ?? fallbackCallId,
    ani: request.ani,
    dialledNumber: null,
    direction: 'inbound',
    queue: null,
    agentExtension: null,
    ivr: request.memberId ? { memberId: request.memberId } : null,
  });
  if (!call.success) return null;
  return [
    { type: 'ringing', call: call.data },
    { type: 'connected', callId: call.data.callId },
  ];
}
