/**
 * Take a payment, step 2 "Method": the saved methods (brand and last four only), the default one
 * preselected so Enter continues, or a new card or bank account added right here. A decline comes back
 * to this step with its reason and nothing charged: choose another method or add one.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { MemberProfile } from '../../../shared/domain/member-profile';
import type { AuthorizedBy } from '../../../shared/domain/participation-changes';
import { RadioGroupField } from '../../ui/radio-group-field';
import { focusFirstField } from '../../ui/focus-first-field';
import { submitOnEnter } from '../flows/submit-on-enter';
import { AddMethodForm } from './add-method-form';
import { defaultMethodId, methodOptions, usableMethods } from './payment-method-choices';

/** The member, the method chosen before (if the rep came back), a decline to show, and where the buttons go. */
export interface TakePaymentMethodStepProps {
  readonly profile: MemberProfile;
  readonly chosenId: string | null;
  /** The decline (or other refusal about the method) that brought the rep back, already in words. */
  readonly notice: string | null;
  readonly authorizedBy: AuthorizedBy;
  readonly onContinue: (methodId: string) => void;
  readonly onBack: () => void;
  readonly onCancel: () => void;
}

/** Renders step 2. */
export function TakePaymentMethodStep({ profile, chosenId, notice, authorizedBy, onContinue, onBack, onCancel }: TakePaymentMethodStepProps) {
  const { methods } = profile.payments;
  const usable = usableMethods(methods, profile.asOf);
  const [isAdding, setIsAdding] = useState(usable.length === 0);
  const ids = useMemo(() => new Set(usable.map((m) => m.id)), [usable]);
  const schema = useMemo(() => z.object({ methodId: z.string().refine((id) => ids.has(id), 'Choose a method that can be charged, or add a new one.') }), [ids]);
  const form = useForm<{ methodId: string }>({
    defaultValues: { methodId: chosenId && ids.has(chosenId) ? chosenId : defaultMethodId(methods, profile.asOf) },
    resolver: zodResolver(schema),
  });

  // The button that opened (or the form that closed) the new-method fields is gone: focus moves on with them.
  const regionRef = useRef<HTMLDivElement>(null);
  const isFirstRender = useRef(true);
  useLayoutEffect(() => {
    if (!isFirstRender.current && regionRef.current) focusFirstField(regionRef.current);
    isFirstRender.current = false;
  }, [isAdding]);

  const alert = notice ? (
    <div role="alert" className="alert-error">
      <p>{notice}</p>
      <p>Nothing was charged. Choose another method or add a new card or bank account.</p>
    </div>
  ) : null;

  if (isAdding) {
    return (
      <div ref={regionRef} className="flow-body">
        {alert}
        <AddMethodForm
          profile={profile}
          authorizedBy={authorizedBy}
          saveLabel="Save and use this method"
          onSaved={(id) => (id ? onContinue(id) : setIsAdding(false))}
          onCancel={() => (usable.length > 0 ? setIsAdding(false) : onBack())}
        />
      </div>
    );
  }

  return (
    <div ref={regionRef} className="flow-body">
    <form className="flow-form" noValidate onSubmit={form.handleSubmit(({ methodId }) => onContinue(methodId))} onKeyDown={submitOnEnter}>
      {alert}
      <RadioGroupField legend="Pay with" options={methodOptions(methods, profile.asOf)} inputProps={form.register('methodId')} error={form.formState.errors.methodId?.message} />
      <div className="dialog-actions">
        <button type="button" className="button" onClick={() => setIsAdding(true)}>
          Add a new card or bank account
        </button>
        <button type="button" className="button" onClick={onBack}>
          Back
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button-primary">
          Continue
        </button>
      </div>
    </form>
    </div>
  );
}
