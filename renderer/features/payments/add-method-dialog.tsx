/**
 * Add a payment method (Alt+Y), on its own: the new-method form in a dialog, then the saved method read
 * back as brand and last four. Needs the stronger caller verification (main says so if it is missing).
 */
import { useLayoutEffect, useRef, useState } from 'react';
import { Dialog } from '../../ui/dialog';
import { formatPaymentMethod } from '../domains/format-payment-method';
import type { MemberFlowProps } from '../flows/flow-dialog';
import { AddMethodForm } from './add-method-form';

/** Renders the dialog for the member on screen. */
export function AddMethodDialog({ profile, onClose }: MemberFlowProps) {
  const [savedId, setSavedId] = useState<string | null>(null);
  const saved = profile.payments.methods.find((m) => m.id === savedId) ?? null;
  const doneRef = useRef<HTMLButtonElement>(null);
  // The form (and the focus in it) gives way to the result: Done takes focus, one Enter closes.
  useLayoutEffect(() => {
    if (savedId !== null) doneRef.current?.focus();
  }, [savedId]);
  return (
    <Dialog title="Add a payment method" onClose={onClose} className="flow-dialog">
      {savedId === null ? (
        <AddMethodForm profile={profile} authorizedBy={null} saveLabel="Save method" onSaved={setSavedId} onCancel={onClose} />
      ) : (
        <>
          <p role="status" className="flow-status flow-status-done">
            Saved {saved ? formatPaymentMethod(saved) : 'the new method'}
            {saved?.isDefault ? ' as the default method' : ''}.
          </p>
          <p>Only the processor&apos;s token, the brand, the last four and the expiry are kept. If the recording was paused by hand, resume it now.</p>
          <div className="dialog-actions">
            <button type="button" className="button button-primary" onClick={onClose} ref={doneRef}>
              Done
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}
