/**
 * The call bar's words, in one place so what a screen reader hears and what the bar shows never drift:
 * who is calling, what the pop did, and the line each live region speaks.
 */
import type { CallView } from '../../../shared/calls/call-views';
import type { ScreenPop } from './calls-slice';

/** "555-201-4477", or "Number withheld" when the phone system did not pass one. */
export function describeCaller(call: Pick<CallView, 'callerNumber'>): string {
  return call.callerNumber ?? 'Number withheld';
}

/** "12:05" or "1:02:09": talk time as a call timer shows it. */
export function formatCallDuration(fromIso: string, now: number): string {
  const total = Math.max(0, Math.floor((now - Date.parse(fromIso)) / 1000)) || 0;
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** What the pop did (or offers), in one sentence; shown in the bar and spoken politely. */
export function describeScreenPop(pop: ScreenPop): string {
  const { target } = pop;
  if (target.kind === 'member') return pop.isDeferred ? "The caller's record is ready to open." : "The caller's record is open.";
  if (target.kind === 'choose') {
    if (pop.chosenMemberId) return 'Opened the member you chose.';
    return `${target.candidates.length} members have this number: choose the caller in the call bar.`;
  }
  if (target.kind === 'search') {
    return pop.isDeferred ? 'No member has this number. You can search with it.' : 'No member has this number: the search is filled in with it.';
  }
  return pop.isDeferred ? 'The number is withheld. Search for the caller when you are ready.' : 'The number is withheld: search for the caller.';
}

/** The assertive line: only while a call rings and its banner is up, so ringing interrupts once. */
export function describeRinging(call: CallView): string {
  const parts = [`Incoming call from ${describeCaller(call)}`];
  if (call.queue) parts.push(`queue ${call.queue}`);
  if (call.ivrIntent) parts.push(`about ${call.ivrIntent}`);
  if (call.isIvrVerified) parts.push('verified by the IVR');
  return `${parts.join(', ')}.${call.canControl ? ' Press Alt+A to answer.' : ' Answer it on your phone.'}`;
}

/** The polite line for the call's state once it is no longer ringing (empty while none). */
export function describeCallState(call: CallView | null): string {
  if (!call || call.phase === 'ringing') return '';
  if (call.phase === 'ended') return 'Call ended.';
  const held = call.phase === 'held' ? 'Call on hold.' : 'Call connected.';
  return call.isMuted ? `${held} Microphone muted.` : held;
}
