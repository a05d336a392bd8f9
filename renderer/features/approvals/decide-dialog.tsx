/**
 * Deciding one request: what it asks, approve or reject, and why (required to reject). Enter in the
 * reason decides; the answer's confirmation number stays on screen until Close. One actionId per
 * opening (ADR 8): pressing Decide again after a failure resends the same decision, so it lands once.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { DecideApprovalBodySchema, type ApprovalQueueItem, type DecideApprovalBody } from '../../../shared/api/approval-routes';
import { useConsoleStore } from '../../state/use-console-store';
import { Dialog } from '../../ui/dialog';
import { RadioGroupField } from '../../ui/radio-group-field';
import { TextField } from '../../ui/text-field';
import { submitOnEnter } from '../flows/submit-on-enter';
import { useRepAction } from '../participation/use-change-action';
import { describeRequest } from './describe-request';

/** The request to decide and how to close. */
export interface DecideDialogProps {
  readonly item: ApprovalQueueItem;
  readonly onClose: () => void;
}

const DONE: Readonly<Record<DecideApprovalBody['decision'], string>> = { approve: 'Approved', reject: 'Rejected' };

/** Renders the dialog. */
export function DecideDialog({ item, onClose }: DecideDialogProps) {
  const decideApproval = useConsoleStore((state) => state.decideApproval);
  const action = useRepAction(decideApproval);
  const form = useForm<{ decision: 'approve' | 'reject'; reason: string }, unknown, DecideApprovalBody>({
    defaultValues: { decision: 'approve', reason: '' },
    resolver: zodResolver(DecideApprovalBodySchema),
  });
  const decision = useWatch({ control: form.control, name: 'decision' });
  const { state } = action;
  const isInDoubt = state.status === 'failed';
  const done = state.status === 'answered' && state.outcome.status === 'completed' ? state.outcome : null;
  const request = describeRequest(item);
  const close = useRef<HTMLButtonElement>(null);
  // The form (and the field that had focus) is gone once the answer is in: Close takes focus, Enter closes.
  useEffect(() => {
    if (done) close.current?.focus();
  }, [done]);

  async function decide(body: DecideApprovalBody): Promise<void> {
    await action.send((actionId) => ({ actionId, memberId: item.memberId, request: { ...body, approvalId: item.id } }));
  }

  return (
    <Dialog title={`Decide: ${request}`} onClose={onClose} className="decide-dialog" description={`${item.memberName} (${item.memberId}), asked by ${item.requestedBy}: “${item.reason}”`}>
      {done ? (
        <>
          <p role="status" className="change-result">
            {DONE[form.getValues('decision')]}. Confirmation number <span className="mono">{done.confirmationNumber}</span>. {item.requestedBy.replace(/^(Rep|Team lead) /, '')} is told in their console.
          </p>
          <div className="dialog-actions">
            <button ref={close} type="button" className="button button-primary" onClick={onClose}>
              Close
            </button>
          </div>
        </>
      ) : (
        <form aria-label="Decision" noValidate onSubmit={form.handleSubmit(decide)} onKeyDown={submitOnEnter}>
          <RadioGroupField
            legend="Decision"
            options={[
              { value: 'approve', label: 'Approve', hint: 'The change takes effect now.', isDisabled: isInDoubt && decision !== 'approve' },
              { value: 'reject', label: 'Reject', hint: 'Nothing changes; the rep is told why.', isDisabled: isInDoubt && decision !== 'reject' },
            ]}
            inputProps={form.register('decision')}
          />
          <TextField
            label={decision === 'reject' ? 'Reason (required)' : 'Reason (optional)'}
            inputProps={{ maxLength: 500, readOnly: isInDoubt, ...form.register('reason') }}
            error={form.formState.errors.reason?.message}
          />
          {state.status === 'failed' ? (
            <p role="alert" className="field-error">
              {state.message} Press Enter to try again: it resends the same decision.
            </p>
          ) : null}
          {state.status === 'answered' && state.outcome.status === 'refused' ? (
            <p role="alert" className="field-error">
              {state.outcome.message} Nothing was changed.
            </p>
          ) : null}
          <p role="status" className="field-hint">
            {state.status === 'sending' ? 'Sending…' : 'Enter decides, Escape cancels.'}
          </p>
          <div className="dialog-actions">
            <button type="submit" className="button button-primary" aria-disabled={state.status === 'sending' || undefined}>
              {decision === 'reject' ? 'Reject request' : 'Approve request'}
            </button>
            <button type="button" className="button" onClick={onClose}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
