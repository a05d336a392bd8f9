/**
 * The calculator's inputs and its answer side by side. The form is never submitted: the bills are
 * worked out from whatever is valid as the rep types, and a bad amount says what to fix.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { ProgramSettings } from '../../../shared/domain/client-rules';
import type { MemberProfile } from '../../../shared/domain/member-profile';
import { RadioGroupField } from '../../ui/radio-group-field';
import { SelectField } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';
import { monthName } from '../billing/explain-bill';
import { calculateWhatIf } from './calculate-what-if';
import { whatIfDefaults } from './what-if-defaults';
import { WhatIfResults } from './what-if-results';
import { WhatIfSchema, type WhatIfDraft, type WhatIfInputs } from './what-if-schema';

/** Program settings (thresholds) and the open member, if any. */
export interface WhatIfFormProps {
  readonly settings: ProgramSettings;
  readonly profile: MemberProfile | null;
}

const MONTHS = Array.from({ length: 12 }, (_, index) => ({ value: String(index + 1), label: monthName(index + 1) }));
const FREQUENCIES = [
  { value: 'monthly', label: 'Every month from the opt-in month' },
  { value: 'once', label: 'One time, in the opt-in month' },
];

/** Renders the inputs and the results. */
export function WhatIfForm({ settings, profile }: WhatIfFormProps) {
  const [defaultValues] = useState(() => whatIfDefaults(settings, profile));
  const { register, control, formState } = useForm<WhatIfDraft, unknown, WhatIfInputs>({ defaultValues, resolver: zodResolver(WhatIfSchema), mode: 'onChange' });
  const values = useWatch({ control });
  const parsed = WhatIfSchema.safeParse(values);
  const result = parsed.success ? calculateWhatIf(parsed.data, settings) : null;
  const years = settings.planYears.map((year) => ({
    value: String(year.planYear),
    label: year.thresholdCents === null ? `${year.planYear} (threshold not configured yet)` : String(year.planYear),
  }));
  const { errors } = formState;

  return (
    <div className="what-if-layout">
      <form className="flow-form" noValidate onSubmit={(event) => event.preventDefault()}>
        <SelectField label="Plan year" options={years} selectProps={register('planYear')} />
        <SelectField label="Opt-in month" options={MONTHS} selectProps={register('optInMonth')} />
        <TextField
          label="Already spent this year"
          inputProps={{ inputMode: 'decimal', ...register('alreadySpent') }}
          hint="Cost sharing paid at the pharmacy this year before opting in, in dollars. Empty means $0.00."
          error={errors.alreadySpent?.message}
        />
        <TextField
          label="New prescription cost sharing"
          inputProps={{ inputMode: 'decimal', ...register('prescription') }}
          hint="The member's share for the new prescription, in dollars."
          error={errors.prescription?.message}
        />
        <RadioGroupField legend="How often" options={FREQUENCIES} inputProps={register('frequency')} />
      </form>
      <WhatIfResults result={result} planYear={Number(values.planYear)} />
    </div>
  );
}
