/**
 * What the screen pop did for this call, in the bar: a line saying so, the chooser when several members
 * share the number, or, when the pop waited because the rep was busy, the button that takes it up.
 */
import type { PopTarget } from '../../../shared/calls/call-views';
import type { ScreenPop } from './calls-slice';
import { describeScreenPop } from './describe-call';
import { PopChooser } from './pop-chooser';

/** The pop, and what to do when the rep takes up an offer or picks a candidate. */
export interface PopPanelProps {
  readonly pop: ScreenPop;
  readonly onTakeOffer: (target: PopTarget) => void;
  readonly onChoose: (memberId: string) => void;
}

function offerLabel(target: PopTarget): string {
  if (target.kind === 'member') return "Open the caller's record";
  if (target.kind === 'search') return `Search for ${target.query}`;
  return 'Search for the caller';
}

/** Renders the pop's line and its offer or chooser. */
export function PopPanel({ pop, onTakeOffer, onChoose }: PopPanelProps) {
  const { target } = pop;
  return (
    <div className="call-pop">
      {/* The chooser introduces itself; the line would say the same thing twice. */}
      {target.kind === 'choose' && !pop.chosenMemberId ? null : <p className="call-pop-line">{describeScreenPop(pop)}</p>}
      {target.kind === 'choose' ? (
        <PopChooser candidates={target.candidates} chosenMemberId={pop.chosenMemberId} onChoose={onChoose} />
      ) : pop.isDeferred ? (
        <button type="button" className="button" onClick={() => onTakeOffer(target)}>
          {offerLabel(target)}
        </button>
      ) : null}
    </div>
  );
}
