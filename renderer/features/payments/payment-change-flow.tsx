/**
 * The two-step shape autopay and overpayments share with the participation flows (details → confirm →
 * result), over the payments slice: one action for the life of the flow, Back that starts a new action
 * only after a refusal, the live status with the confirmation number ("Saved for team lead approval"
 * when it waits for one). Each flow brings its own form and summary.
 */
import { useState, type ReactNode } from 'react';
import { FlowDialog } from '../flows/flow-dialog';
import { ChangeResult } from '../participation/change-result';
import { ChangeStatusText, isChangeTaken } from '../participation/change-status';
import { ConfirmActions } from '../participation/confirm-actions';
import type { PaymentChangeRequest } from './payments-slice';
import { usePaymentAction } from './use-payment-action';

/** The flow's words, its draft state, how a checked request becomes a change, and its two steps. */
export interface PaymentChangeFlowProps<Request> {
  readonly title: string;
  readonly steps: readonly [string, string];
  /** "autopay change": used in "Discard this autopay change?" and "Sending the autopay change…". */
  readonly noun: string;
  readonly confirmLabel: (request: Request) => string;
  /** "Autopay set up." */
  readonly completed: (request: Request) => string;
  /** What the rep says after the confirmation number. */
  readonly nextStep: (request: Request) => string;
  readonly hasDraft: boolean;
  readonly toChange: (actionId: string, request: Request) => PaymentChangeRequest;
  readonly onClose: () => void;
  /** Step 1: calls `onContinue` with the checked request. */
  readonly details: (onContinue: (request: Request) => void, onCancel: () => void) => ReactNode;
  /** Step 2: the summary for `request`, followed by `actions` (Back, Cancel, Confirm). */
  readonly confirm: (request: Request, actions: ReactNode) => ReactNode;
}

/** Renders the flow. */
export function PaymentChangeFlow<Request>(props: PaymentChangeFlowProps<Request>) {
  const { title, steps, noun, confirmLabel, completed, nextStep, hasDraft, toChange, onClose, details, confirm } = props;
  const action = usePaymentAction();
  const [request, setRequest] = useState<Request | null>(null);
  const stepIndex = isChangeTaken(action.state) ? 2 : request ? 1 : 0;

  function back(): void {
    if (action.state.status === 'answered') action.startOver();
    setRequest(null);
  }

  return (
    <FlowDialog
      title={title}
      steps={steps}
      stepIndex={stepIndex}
      hasDraft={hasDraft}
      discardTitle={`Discard this ${noun}?`}
      status={<ChangeStatusText state={action.state} sending={`Sending the ${noun}…`} completed={request ? completed(request) : ''} />}
      onClose={onClose}
    >
      {({ requestClose }) =>
        stepIndex === 2 && request ? (
          <ChangeResult nextStep={nextStep(request)} onDone={onClose} />
        ) : request ? (
          confirm(
            request,
            <ConfirmActions
              state={action.state}
              confirmLabel={confirmLabel(request)}
              onConfirm={() => void action.send((actionId) => toChange(actionId, request))}
              onBack={back}
              onCancel={requestClose}
            />,
          )
        ) : (
          details(setRequest, requestClose)
        )
      }
    </FlowDialog>
  );
}
