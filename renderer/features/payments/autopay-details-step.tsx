/**
 * Autopay, step 1: the setup as it stands (method, day, next draft date and amount), then enrol or
 * change (a saved method and a day from 1 to 28) or stop, and who authorised it.
 */
import { useWatch, type UseFormReturn } from 'react-hook-form';
import type { MemberProfile } from '../../../shared/domain/member-profile';
import { formatIsoDate } from '../../../shared/lib/dates';
import { RadioGroupField } from '../../ui/radio-group-field';
import { TextField } from '../../ui/text-field';
import { StepButtons } from '../flows/step-buttons';
import { submitOnEnter } from '../flows/submit-on-enter';
import { authorisedByOptions } from '../participation/authorised-by';
import { nextDraftOn, type AutopayChange, type AutopayDraft } from './autopay-draft';
import { describeAutopay } from './describe-autopay';
import { methodOptions } from './payment-method-choices';

/** The flow's form, the member, and where the buttons go. */
export interface AutopayDetailsStepProps {
  readonly form: UseFormReturn<AutopayDraft, unknown, AutopayChange>;
  readonly profile: MemberProfile;
  readonly onContinue: (change: AutopayChange) => void;
  readonly onCancel: () => void;
}

/** Renders step 1. */
export function AutopayDetailsStep({ form, profile, onContinue, onCancel }: AutopayDetailsStepProps) {
  const { register, handleSubmit, control, formState } = form;
  const { errors } = formState;
  const [action, day] = useWatch({ control, name: ['action', 'dayOfMonth'] });
  const isEnrolled = profile.payments.autopay.isEnrolled;
  const dayNumber = Number(day);
  const isDayValid = Number.isInteger(dayNumber) && dayNumber >= 1 && dayNumber <= 28;
  const actions = [{ value: 'enrol', label: isEnrolled ? 'Change the method or day' : 'Enrol in autopay' }, ...(isEnrolled ? [{ value: 'stop', label: 'Stop autopay' }] : [])];
  return (
    <form className="flow-form" noValidate onSubmit={handleSubmit(onContinue)} onKeyDown={submitOnEnter}>
      <p className="autopay-now">{describeAutopay(profile.payments)}</p>
      <RadioGroupField legend="What to do" options={actions} inputProps={register('action')} />
      {action === 'enrol' ? (
        <>
          <RadioGroupField legend="Draft from" options={methodOptions(profile.payments.methods, profile.asOf)} inputProps={register('methodId')} error={errors.methodId?.message} />
          <TextField
            label="Draft day of the month"
            inputProps={{ inputMode: 'numeric', maxLength: 2, ...register('dayOfMonth') }}
            hint={isDayValid ? `1 to 28, so every month has it. Next draft: ${formatIsoDate(nextDraftOn(profile.asOf, dayNumber))}.` : '1 to 28, so every month has it.'}
            error={errors.dayOfMonth?.message}
          />
        </>
      ) : null}
      <RadioGroupField legend="Authorised by" options={authorisedByOptions(profile)} inputProps={register('authorizedBy')} error={errors.authorizedBy?.message} />
      <StepButtons onCancel={onCancel} />
    </form>
  );
}
