/**
 * The console's flows (opt in, opt out, what-if calculator), loaded on first use so the first
 * screen stays small; `preloadFlows` fetches them in the background once the console is up.
 *
 * A member flow renders only while the member it was opened for is still on screen.
 */
import { lazy, Suspense, useEffect } from 'react';
import { useConsoleStore } from '../../state/use-console-store';
import { PairingDialog } from '../softphone/pairing-dialog';

const loadOptIn = () => import('../participation/opt-in-flow');
const loadOptOut = () => import('../participation/opt-out-flow');
const loadWhatIf = () => import('../what-if/what-if-dialog');
const loadTakePayment = () => import('../payments/take-payment-flow');
const loadAddMethod = () => import('../payments/add-method-dialog');
const loadAutopay = () => import('../payments/autopay-dialog');
const loadOverpayment = () => import('../payments/overpayment-dialog');
const TakePaymentFlow = lazy(() => loadTakePayment().then((m) => ({ default: m.TakePaymentFlow })));
const AddMethodDialog = lazy(() => loadAddMethod().then((m) => ({ default: m.AddMethodDialog })));
const AutopayDialog = lazy(() => loadAutopay().then((m) => ({ default: m.AutopayDialog })));
const OverpaymentDialog = lazy(() => loadOverpayment().then((m) => ({ default: m.OverpaymentDialog })));
/** The payment dialogs, which act on the member on screen like the participation flows. */
const PAYMENT_KINDS = new Set(['take-payment', 'add-payment-method', 'autopay', 'resolve-overpayment']);
const OptInFlow = lazy(() => loadOptIn().then((m) => ({ default: m.OptInFlow })));
const OptOutFlow = lazy(() => loadOptOut().then((m) => ({ default: m.OptOutFlow })));
const WhatIfDialog = lazy(() => loadWhatIf().then((m) => ({ default: m.WhatIfDialog })));

/** Starts fetching the flows' code without rendering anything (errors surface when a flow opens). */
export function preloadFlows(): void {
  [loadOptIn, loadOptOut, loadWhatIf, loadTakePayment, loadAddMethod, loadAutopay, loadOverpayment].forEach((load) => load().catch(() => undefined));
}

/** Renders the open flow, if any. */
export function FlowDialogs() {
  const dialog = useConsoleStore((state) => state.dialog);
  const profile = useConsoleStore((state) => state.memberView?.profile ?? null);
  const closeDialog = useConsoleStore((state) => state.closeDialog);
  const memberProfile = profile && dialog && profile.member.memberId === dialog.memberId ? profile : null;
  const isOrphan = (dialog?.kind === 'opt-in' || dialog?.kind === 'opt-out' || PAYMENT_KINDS.has(dialog?.kind ?? '')) && memberProfile === null;
  // A member flow whose member left the screen closes, so shortcuts (off while a dialog is open) work again.
  useEffect(() => {
    if (isOrphan) closeDialog();
  }, [isOrphan, closeDialog]);
  if (!dialog) return null;
  return (
    <Suspense fallback={null}>
      {dialog.kind === 'opt-in' && memberProfile ? <OptInFlow profile={memberProfile} onClose={closeDialog} /> : null}
      {dialog.kind === 'opt-out' && memberProfile ? <OptOutFlow profile={memberProfile} onClose={closeDialog} /> : null}
      {dialog.kind === 'pair-softphone' ? <PairingDialog onClose={closeDialog} /> : null}
      {dialog.kind === 'what-if' ? <WhatIfDialog profile={memberProfile} onClose={closeDialog} /> : null}
      {dialog.kind === 'take-payment' && memberProfile ? <TakePaymentFlow profile={memberProfile} onClose={closeDialog} /> : null}
      {dialog.kind === 'add-payment-method' && memberProfile ? <AddMethodDialog profile={memberProfile} onClose={closeDialog} /> : null}
      {dialog.kind === 'autopay' && memberProfile ? <AutopayDialog profile={memberProfile} onClose={closeDialog} /> : null}
      {dialog.kind === 'resolve-overpayment' && memberProfile ? <OverpaymentDialog profile={memberProfile} onClose={closeDialog} /> : null}
    </Suspense>
  );
}
