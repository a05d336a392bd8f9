/** Who is calling, as the phone system and the IVR said: number, queue, the caller's reason, IVR verification. */
import type { CallView } from '../../../shared/calls/call-views';
import { Badge } from '../../ui/badge';
import { describeCaller } from './describe-call';

// Held is still a call: the controls' amber "On hold" badge says it, once.
const TITLES = { ringing: 'Incoming call', connected: 'On a call', held: 'On a call', ended: 'Call ended' } as const;

/** The call to describe. */
export interface CallSummaryProps {
  readonly call: CallView;
}

/** Renders the bar's title line and facts. */
export function CallSummary({ call }: CallSummaryProps) {
  return (
    <div className="call-summary">
      <span className="call-title">{call.direction === 'outbound' && call.phase === 'ringing' ? 'Calling' : TITLES[call.phase]}</span>
      <span className="call-number">{describeCaller(call)}</span>
      {call.queue ? <span className="call-fact">Queue: {call.queue}</span> : null}
      {call.ivrIntent ? <span className="call-fact">Reason: {call.ivrIntent}</span> : null}
      {/* Only the IVR's word: whether the rep has verified the caller is the interaction panel's to say. */}
      {call.isIvrVerified ? <Badge tone="green">Verified by IVR</Badge> : null}
    </div>
  );
}
