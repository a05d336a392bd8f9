/**
 * Where to transfer the call: an extension or a number, checked with the same schema main uses for the
 * phone command. Enter transfers, Escape closes and gives focus back to the Transfer button.
 */
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { CallCommandSchema } from '../../../shared/calls/call-events';

/** The transfer field's id, so Alt+T can focus it when the form is already open. */
export const TRANSFER_TARGET_ID = 'call-transfer-target';

/** The call to transfer, whether a transfer is on its way, and what to do. */
export interface TransferFormProps {
  readonly callId: string;
  readonly isSending: boolean;
  readonly onTransfer: (target: string) => Promise<boolean>;
  readonly onClose: () => void;
}

/** The message for a target the phone command would refuse, or null when it is fine. */
function checkTarget(callId: string, target: string): string | null {
  if (target === '') return 'Enter an extension or a phone number.';
  const parsed = CallCommandSchema.safeParse({ type: 'transfer', callId, target });
  return parsed.success ? null : 'Use at most 40 characters, on one line.';
}

/** Renders the inline form; its field takes focus when it opens (the rep asked for it). */
export function TransferForm({ callId, isSending, onTransfer, onClose }: TransferFormProps) {
  const [target, setTarget] = useState('');
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    if (isSending) return;
    const trimmed = target.trim();
    const message = checkTarget(callId, trimmed);
    setError(message);
    if (message === null && (await onTransfer(trimmed))) onClose();
  }

  function handleKeyDown(event: KeyboardEvent<HTMLFormElement>): void {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    onClose();
  }

  return (
    <form className="transfer-form" aria-label="Transfer the call" onSubmit={(event) => void submit(event)} onKeyDown={handleKeyDown} noValidate>
      <label className="field-label" htmlFor={TRANSFER_TARGET_ID}>
        Transfer to
      </label>
      <input
        id={TRANSFER_TARGET_ID}
        className="search-input transfer-input"
        type="text"
        autoComplete="off"
        spellCheck={false}
        placeholder="Extension or number"
        value={target}
        // Opened on the rep's request (Alt+T or the button), so focus belongs here.
        autoFocus
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onChange={(event) => setTarget(event.target.value)}
      />
      <button type="submit" className="button button-primary" aria-disabled={isSending || undefined}>
        {isSending ? 'Transferring…' : 'Transfer'}
      </button>
      <button type="button" className="button" onClick={onClose}>
        Cancel
      </button>
      {error ? (
        <p id={errorId} role="alert" className="field-error">
          {error}
        </p>
      ) : null}
    </form>
  );
}
