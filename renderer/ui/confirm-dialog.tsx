/**
 * A question that interrupts (discard a draft?), stacked on top of the dialog that asked: the safe
 * answer has focus, Escape means the safe answer, and focus goes back to the asking dialog after.
 */
import { Dialog } from './dialog';

/** The question, what answering yes does, and both answers' labels. */
export interface ConfirmDialogProps {
  readonly title: string;
  readonly message: string;
  readonly confirmLabel: string;
  readonly cancelLabel: string;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/** Renders the alert dialog. */
export function ConfirmDialog({ title, message, confirmLabel, cancelLabel, onConfirm, onCancel }: ConfirmDialogProps) {
  return (
    <Dialog title={title} role="alertdialog" onClose={onCancel} description={<p>{message}</p>} className="confirm-dialog">
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" className="button button-primary" onClick={onCancel} data-autofocus>
          {cancelLabel}
        </button>
      </div>
    </Dialog>
  );
}
