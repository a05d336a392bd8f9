/** The result screen of a participation flow: what to tell the caller, and Done (focused) to close. */

/** The next thing the rep should say or do, and how to close. */
export interface ChangeResultProps {
  readonly nextStep: string;
  readonly onDone: () => void;
}

/** Renders the result body; the confirmation number itself is in the flow's live status line. */
export function ChangeResult({ nextStep, onDone }: ChangeResultProps) {
  return (
    <>
      <p>Read the confirmation number to the caller. {nextStep}</p>
      <div className="dialog-actions">
        <button type="button" className="button button-primary" onClick={onDone} data-autofocus>
          Done
        </button>
      </div>
    </>
  );
}
