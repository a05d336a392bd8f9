/**
 * Opt out, step 1 "Reason and details": the client's reason codes (none chosen: the rep asks), the
 * channel, the request date, who authorised it, and an optional note (never a card number).
 */
import type { UseFormReturn } from 'react-hook-form';
import type { ClientRules } from '../../../shared/domain/client-rules';
import type { MemberProfile } from '../../../shared/domain/member-profile';
import type { OptOutRequest } from '../../../shared/domain/participation-changes';
import { RadioGroupField } from '../../ui/radio-group-field';
import { TextField } from '../../ui/text-field';
import { StepButtons } from '../flows/step-buttons';
import { submitOnEnter } from '../flows/submit-on-enter';
import { authorisedByOptions } from './authorised-by';
import type { OptOutDraft } from './opt-out-draft';
import { CHANNEL_OPTIONS } from './request-details';

/** The flow's form, the member, the client's rules (null while loading) and why they failed, and the buttons. */
export interface OptOutDetailsStepProps {
  readonly form: UseFormReturn<OptOutDraft, unknown, OptOutRequest>;
  readonly profile: MemberProfile;
  readonly rules: ClientRules | null;
  readonly rulesError: string | null;
  readonly onRetryRules: () => void;
  readonly onContinue: (request: OptOutRequest) => void;
  readonly onCancel: () => void;
}

/** Renders step 1. */
export function OptOutDetailsStep({ form, profile, rules, rulesError, onRetryRules, onContinue, onCancel }: OptOutDetailsStepProps) {
  const { register, handleSubmit, formState } = form;
  const { errors } = formState;
  const reasons = rules?.optOutReasons.map((reason) => ({ value: reason.code, label: reason.label })) ?? [];
  return (
    <form className="flow-form" noValidate onSubmit={handleSubmit(onContinue)} onKeyDown={submitOnEnter}>
      {rules ? (
        <RadioGroupField legend="Reason" options={reasons} inputProps={register('reasonCode')} error={errors.reasonCode?.message} />
      ) : rulesError ? (
        <div role="alert" className="alert-error">
          <p>The plan's opt-out reasons could not be loaded: {rulesError}</p>
          <button type="button" className="button" onClick={onRetryRules}>
            Try again
          </button>
        </div>
      ) : (
        <p role="status">Loading the plan's opt-out reasons…</p>
      )}
      <RadioGroupField legend="Channel" options={CHANNEL_OPTIONS} inputProps={register('channel')} error={errors.channel?.message} />
      <TextField label="Request date" inputProps={{ type: 'date', max: profile.asOf, ...register('requestedOn') }} error={errors.requestedOn?.message} />
      <RadioGroupField legend="Authorised by" options={authorisedByOptions(profile)} inputProps={register('authorizedBy')} error={errors.authorizedBy?.message} />
      <TextField label="Note (optional)" inputProps={{ maxLength: 500, ...register('note') }} hint="Never type card numbers here." error={errors.note?.message} />
      <StepButtons onCancel={onCancel} />
    </form>
  );
}
