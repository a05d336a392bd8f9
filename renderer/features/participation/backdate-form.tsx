/**
 * The inline back-date form: a date and a required reason. Enter saves, Escape cancels. Beyond the
 * client's window it says, before saving, that a team lead will have to approve. One actionId per
 * opening of the form, reused when the rep presses Enter again after a failure; the fields are then
 * read-only, because main refuses the same action with other details.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useState, type KeyboardEvent } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { EffectiveDateChange } from '../../../shared/domain/participation-changes';
import { TextField } from '../../ui/text-field';
import { submitOnEnter } from '../flows/submit-on-enter';
import { buildBackdateSchema, needsApproval, type BackdateBounds } from './check-backdate';
import { useChangeAction, type TakenOutcome } from './use-change-action';

/** The member, the bounds, the client's name (for the window sentence), and what to do after. */
export interface BackdateFormProps {
  readonly memberId: string;
  readonly bounds: BackdateBounds;
  readonly clientName: string;
  /** The backend took the change (completed or waiting for a team lead). */
  readonly onSaved: (outcome: TakenOutcome, request: EffectiveDateChange) => void;
  readonly onCancel: () => void;
}

/** Renders the form; its first field (the date) takes focus when it appears. */
export function BackdateForm({ memberId, bounds, clientName, onSaved, onCancel }: BackdateFormProps) {
  const [schema] = useState(() => buildBackdateSchema(bounds));
  const form = useForm<{ effectiveOn: string; reason: string }, unknown, EffectiveDateChange>({
    defaultValues: { effectiveOn: bounds.currentEffectiveOn, reason: '' },
    resolver: zodResolver(schema),
  });
  const action = useChangeAction();
  const date = useWatch({ control: form.control, name: 'effectiveOn' });
  const { errors } = form.formState;
  const { state } = action;
  const isInDoubt = state.status === 'failed';

  async function save(request: EffectiveDateChange): Promise<void> {
    const ended = await action.send((actionId) => ({ kind: 'effective-date', input: { actionId, memberId, request } }));
    if (ended.status === 'answered' && ended.outcome.status !== 'refused') onSaved(ended.outcome, request);
  }
  function handleKeyDown(event: KeyboardEvent<HTMLFormElement>): void {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    } else submitOnEnter(event);
  }

  return (
    <form className="backdate-form" aria-label="Back-date the opt-in" noValidate onSubmit={form.handleSubmit(save)} onKeyDown={handleKeyDown}>
      <TextField label="New effective date" inputProps={{ type: 'date', max: bounds.asOf, autoFocus: true, readOnly: isInDoubt, ...form.register('effectiveOn') }} error={errors.effectiveOn?.message} />
      <TextField label="Reason for the change" inputProps={{ maxLength: 500, readOnly: isInDoubt, ...form.register('reason') }} error={errors.reason?.message} />
      <p className="field-hint" aria-live="polite">
        {needsApproval(date, bounds)
          ? `That is more than ${bounds.windowDays} days before today, beyond ${clientName}'s back-date window, so a team lead will need to approve it.`
          : ''}
      </p>
      {state.status === 'failed' ? (
        <p role="alert" className="field-error">
          {state.message} Press Enter to try again: it resends the same request.
        </p>
      ) : null}
      {state.status === 'answered' && state.outcome.status === 'refused' ? (
        <p role="alert" className="field-error">
          {state.outcome.message} Nothing was changed.
        </p>
      ) : null}
      <p className="field-hint">Enter saves, Escape cancels.</p>
      <div className="backdate-actions">
        <button type="submit" className="button button-primary" aria-disabled={state.status === 'sending' || undefined}>
          {state.status === 'sending' ? 'Saving…' : 'Save'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
