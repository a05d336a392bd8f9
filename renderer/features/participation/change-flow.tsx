/**
 * What opt in and opt out share beyond the dialog: one change action for the life of the flow,
 * details → confirm → result, Back that starts a new action only after a refusal, and the live
 * status with the confirmation number. Each flow brings its own form and summary.
 */
import { useState, type ReactNode } from 'react';
import { FlowDialog } from '../flows/flow-dialog';
import { ChangeResult } from './change-result';
import { ChangeStatusText, isChangeTaken } from './change-status';
import { ConfirmActions } from './confirm-actions';
import type { ChangeRequest } from './participation-slice';
import { useChangeAction } from './use-change-action';

/** The flow's words, its draft state, how a checked request becomes a change, and its two steps. */
export interface ChangeFlowProps<Request> {
  readonly title: string;
  readonly steps: readonly [string, string];
  /** "opt-in": used in "Discard this opt-in?" and "Sending the opt-in…". */
  readonly noun: string;
  /** "Confirm opt-in". */
  readonly confirmLabel: string;
  /** "Opted in." */
  readonly completed: string;
  /** What the rep says after the confirmation number. */
  readonly nextStep: string;
  readonly hasDraft: boolean;
  readonly toChange: (actionId: string, request: Request) => ChangeRequest;
  readonly onClose: () => void;
  /** Step 1: calls `onContinue` with the checked request. */
  readonly details: (onContinue: (request: Request) => void, onCancel: () => void) => ReactNode;
  /** Step 2: the summary for `request`, followed by `actions` (Back, Cancel, Confirm). */
  readonly confirm: (request: Request, actions: ReactNode) => ReactNode;
}

/** Renders the flow. */
export function ChangeFlow<Request>(props: ChangeFlowProps<Request>) {
  const { title, steps, noun, confirmLabel, completed, nextStep, hasDraft, toChange, onClose, details, confirm } = props;
  const action = useChangeAction();
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
      status={<ChangeStatusText state={action.state} sending={`Sending the ${noun}…`} completed={completed} />}
      onClose={onClose}
    >
      {({ requestClose }) =>
        stepIndex === 2 ? (
          <ChangeResult nextStep={nextStep} onDone={onClose} />
        ) : request ? (
          confirm(
            request,
            <ConfirmActions
              state={action.state}
              confirmLabel={confirmLabel}
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
