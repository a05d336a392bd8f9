/**
 * Opt in, step 1 "Authorisation and details": who authorised it, the channel, the request date, the
 * plan year (years the member cannot join stay listed, disabled, with the backend's reason) and the
 * effective date the rules give, read-only. Every default is what a phone call needs: Enter continues.
 */
import { useWatch, type UseFormReturn } from 'react-hook-form';
import type { ClientRules } from '../../../shared/domain/client-rules';
import type { MemberProfile } from '../../../shared/domain/member-profile';
import type { OptInRequest } from '../../../shared/domain/participation-changes';
import { formatIsoDate } from '../../../shared/lib/dates';
import { RadioGroupField } from '../../ui/radio-group-field';
import { TextField } from '../../ui/text-field';
import { StepButtons } from '../flows/step-buttons';
import { submitOnEnter } from '../flows/submit-on-enter';
import { authorisedByOptions } from './authorised-by';
import { effectiveDateFor, type OptInDraft } from './opt-in-draft';
import { CHANNEL_OPTIONS } from './request-details';

/** The flow's form, the member, the client's rules (null while loading), and where the buttons go. */
export interface OptInDetailsStepProps {
  readonly form: UseFormReturn<OptInDraft, unknown, OptInRequest>;
  readonly profile: MemberProfile;
  readonly rules: ClientRules | null;
  readonly onContinue: (request: OptInRequest) => void;
  readonly onCancel: () => void;
}

/** Renders step 1. */
export function OptInDetailsStep({ form, profile, rules, onContinue, onCancel }: OptInDetailsStepProps) {
  const { register, handleSubmit, control, formState } = form;
  const { errors } = formState;
  const [channel, requestedOn, planYear] = useWatch({ control, name: ['channel', 'requestedOn', 'planYear'] });
  const eligibility = profile.participation.optInEligibility.find((entry) => String(entry.planYear) === planYear);
  const effectiveOn = effectiveDateFor(eligibility, channel, requestedOn, rules);
  const isUrgentOnVisit = effectiveOn !== null && effectiveOn === requestedOn && channel === 'point_of_sale';
  const yearOptions = profile.participation.optInEligibility.map((entry) => ({
    value: String(entry.planYear),
    label: String(entry.planYear),
    isDisabled: !entry.isEligible,
    hint: entry.isEligible ? undefined : (entry.message ?? `Can't opt in for ${entry.planYear}.`),
  }));

  return (
    <form className="flow-form" noValidate onSubmit={handleSubmit(onContinue)} onKeyDown={submitOnEnter}>
      <RadioGroupField legend="Authorised by" options={authorisedByOptions(profile)} inputProps={register('authorizedBy')} error={errors.authorizedBy?.message} />
      <RadioGroupField legend="Channel" options={CHANNEL_OPTIONS} inputProps={register('channel')} error={errors.channel?.message} />
      <TextField label="Request date" inputProps={{ type: 'date', max: profile.asOf, ...register('requestedOn') }} error={errors.requestedOn?.message} />
      <RadioGroupField legend="Plan year" options={yearOptions} inputProps={register('planYear')} error={errors.planYear?.message} />
      <TextField
        label="Effective date"
        inputProps={{ readOnly: true, value: effectiveOn ? formatIsoDate(effectiveOn) : 'Choose a plan year' }}
        hint={isUrgentOnVisit ? "Urgent pharmacy request: the plan's rules make it effective on the visit date." : "Set by the plan's rules for this plan year; it can't be typed."}
      />
      <StepButtons onCancel={onCancel} />
    </form>
  );
}
