/** The Participation panel's buttons for the two participation flows, with their shortcuts announced. */
import { useConsoleStore } from '../../state/use-console-store';

/** Renders the buttons; each flow itself explains when it cannot start (no plan year open, nothing to opt out of). */
export function ParticipationActions() {
  const openDialog = useConsoleStore((state) => state.openDialog);
  return (
    <div className="panel-actions">
      <button type="button" className="button" aria-keyshortcuts="Alt+I" onClick={() => openDialog('opt-in')}>
        Opt in to the payment plan
      </button>
      <button type="button" className="button" aria-keyshortcuts="Alt+O" onClick={() => openDialog('opt-out')}>
        Opt out of the payment plan
      </button>
    </div>
  );
}
