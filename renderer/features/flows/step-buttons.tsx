/** A details step's buttons: Cancel (asks first when there is a draft) and Continue, the form's submit. */

/** Where Cancel goes. */
export interface StepButtonsProps {
  readonly onCancel: () => void;
}

/** Renders the buttons; Enter in any field reaches Continue through the form's submit. */
export function StepButtons({ onCancel }: StepButtonsProps) {
  return (
    <div className="dialog-actions">
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
      <button type="submit" className="button button-primary">
        Continue
      </button>
    </div>
  );
}
