/**
 * The call bar under the top bar: the incoming-call banner while a call rings (until it is answered or
 * dismissed), then the call's controls, with what the screen pop did. It never takes focus by itself;
 * its live regions are always present, whether or not a call is.
 */
import { useRef } from 'react';
import type { PopTarget } from '../../../shared/calls/call-views';
import { useConsoleStore } from '../../state/use-console-store';
import { useConsoleStoreApi } from '../../state/use-console-store-api';
import { CallAnnouncer } from './call-announcer';
import { CallControls } from './call-controls';
import { CallSummary } from './call-summary';
import { formatCallDuration } from './describe-call';
import { actOnScreenPop } from './handle-screen-pop';
import { PopPanel } from './pop-panel';
import { RingingActions } from './ringing-actions';

/** Renders the live regions, and the bar while there is a call to show. */
export function CallBar() {
  const store = useConsoleStoreApi();
  const barRef = useRef<HTMLElement>(null);
  const call = useConsoleStore((state) => state.callsState?.call ?? null);
  const pop = useConsoleStore((state) => state.screenPop);
  const notice = useConsoleStore((state) => state.callNotice);
  const pending = useConsoleStore((state) => state.pendingCallAction);
  const dismissedCallId = useConsoleStore((state) => state.dismissedCallId);
  const isTransferOpen = useConsoleStore((state) => state.isTransferOpen);
  const { runCallCommand, dismissCall, setTransferOpen, settleScreenPop, openMember } = store.getState();
  const isBannerShown = call !== null && !(call.phase === 'ringing' && dismissedCallId === call.callId);
  const callPop = pop && call && pop.callId === call.callId ? pop : null;
  const callAction = pending === 'agent_state' ? null : pending;

  function takeOffer(target: PopTarget): void {
    settleScreenPop();
    actOnScreenPop(store, target);
  }

  return (
    <>
      <CallAnnouncer call={call} isBannerShown={isBannerShown} pop={pop} />
      {call && isBannerShown ? (
        <section ref={barRef} tabIndex={-1} aria-label={call.phase === 'ringing' ? 'Incoming call' : 'Call'} className={`call-bar call-bar-${call.phase}`}>
          <div className="call-bar-row">
            <CallSummary call={call} />
            {call.phase === 'ringing' ? (
              <RingingActions call={call} isAnswering={pending === 'answer'} onAnswer={() => void runCallCommand('answer')} onDismiss={() => dismissCall(call.callId)} barRef={barRef} />
            ) : call.phase === 'ended' ? (
              <span className="call-actions call-timer">
                {call.answeredAt ? `Talk time ${formatCallDuration(call.answeredAt, Date.parse(call.endedAt ?? call.answeredAt))}` : 'Missed call: it ended before it was answered.'}
              </span>
            ) : (
              <CallControls call={call} pending={callAction} isTransferOpen={isTransferOpen} onCommand={runCallCommand} onTransferOpenChange={setTransferOpen} barRef={barRef} />
            )}
          </div>
          {callPop ? (
            <PopPanel
              pop={callPop}
              onTakeOffer={takeOffer}
              onChoose={(memberId) => {
                settleScreenPop(memberId);
                void openMember(memberId);
              }}
            />
          ) : null}
          {notice ? (
            <p role="alert" className="field-error call-notice">
              {notice}
            </p>
          ) : null}
        </section>
      ) : notice ? (
        // No bar to hold it (no call, or its banner dismissed): a strip of its own, until the rep closes it.
        <div role="alert" className="call-notice-strip">
          {notice}{' '}
          <button type="button" className="button button-small" onClick={() => store.getState().showCallNotice(null)}>
            OK
          </button>
        </div>
      ) : null}
    </>
  );
}
