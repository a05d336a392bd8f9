/**
 * The call bar's two live regions, always in the page (a region must exist before it speaks) and
 * visually hidden: assertive for a call that starts ringing, polite for everything after.
 *
 * The visible bar is not live, and each sentence lives in one region only, so nothing is read twice:
 * the ringing line only in the assertive one, the pop and state lines only in the polite one. A
 * failed command is an alert of its own in the bar, not repeated here. Both carry `aria-live`
 * explicitly: a modal dialog hides the rest of the page from assistive tech except `[aria-live]`
 * elements (Radix, via aria-hidden), so a call that rings during a form is still heard.
 */
import type { CallView } from '../../../shared/calls/call-views';
import type { ScreenPop } from './calls-slice';
import { describeCallState, describeRinging, describeScreenPop } from './describe-call';

/** The call (null when none), whether its banner is up, and its pop. */
export interface CallAnnouncerProps {
  readonly call: CallView | null;
  readonly isBannerShown: boolean;
  readonly pop: ScreenPop | null;
}

/** Renders the two regions. */
export function CallAnnouncer({ call, isBannerShown, pop }: CallAnnouncerProps) {
  const isRinging = call?.phase === 'ringing' && isBannerShown;
  const popLine = pop && call?.callId === pop.callId && call.phase === 'ringing' ? describeScreenPop(pop) : '';
  const politeLine = call?.phase === 'ringing' ? popLine : describeCallState(call);
  return (
    <>
      <div className="sr-only" aria-live="assertive" aria-atomic="true" data-live="call-ringing">
        {isRinging ? describeRinging(call) : ''}
      </div>
      <div className="sr-only" role="status" aria-live="polite" aria-atomic="true" data-live="call-status">
        {politeLine}
      </div>
    </>
  );
}
