/**
 * Add a payment method during the call: a card or a bank account, typed into local form state only,
 * sent by main to the payment processor for a token, then saved on the member's record by that token
 * through the write path. The fields are emptied the moment the details are sent, and on cancel.
 *
 * While the details fields are shown the call recording is paused (use-recording-pause.ts); they take
 * no input until it is. A refusal by the processor comes back on the field it names.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useLayoutEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { CreateTokenRequest, ProcessorTokenResult } from '../../../shared/api/processor-routes';
import type { MemberProfile } from '../../../shared/domain/member-profile';
import type { AuthorizedBy } from '../../../shared/domain/participation-changes';
import { ApiError } from '../../api/api-error';
import { RadioGroupField } from '../../ui/radio-group-field';
import { useConsoleStore } from '../../state/use-console-store';
import { useConsoleStoreApi } from '../../state/use-console-store-api';
import { submitOnEnter } from '../flows/submit-on-enter';
import { authorisedByOptions, authorisedBySchema } from '../participation/authorised-by';
import { focusFirstField } from '../../ui/focus-first-field';
import { buildMethodSchema, emptyMethodDraft, REFUSAL_FIELDS, type MethodDraft } from './add-method-draft';
import { BankFields } from './bank-fields';
import { CardFields } from './card-fields';
import { RecordingCheckpoint } from './recording-checkpoint';
import { useRecordingPause } from './use-recording-pause';
import { usePaymentAction } from './use-payment-action';
import { SecureCaptureChoice } from './secure-capture-choice';
import { useSecureCapture } from './use-secure-capture';

/** The member, who authorised it, and what happens after. */
export interface AddMethodFormProps {
  readonly profile: MemberProfile;
  /** Null: the form asks who authorised it (a payment's own step 1 already did). */
  readonly authorizedBy: AuthorizedBy | null;
  /** "Save and use this method". */
  readonly saveLabel: string;
  /** Called with the saved method's id once the record shows it. */
  readonly onSaved: (methodId: string) => void;
  readonly onCancel: () => void;
}

const KINDS = [
  { value: 'card', label: 'Card' },
  { value: 'bank', label: 'Bank account' },
];

type Phase = { readonly name: 'entering' } | { readonly name: 'tokenizing' } | { readonly name: 'saving'; readonly method: ProcessorTokenResult };

/** Renders the form. */
export function AddMethodForm({ profile, authorizedBy, saveLabel, onSaved, onCancel }: AddMethodFormProps) {
  const tokenize = useConsoleStore((state) => state.tokenizePaymentMethod);
  const store = useConsoleStoreApi();
  const makeDefaultFirst = profile.payments.methods.length === 0;
  const schema = useMemo(() => buildMethodSchema(profile.asOf), [profile.asOf]);
  const form = useForm<MethodDraft, unknown, CreateTokenRequest>({ defaultValues: emptyMethodDraft('card', makeDefaultFirst), resolver: zodResolver(schema) });
  const kind = useWatch({ control: form.control, name: 'kind' });
  const [phase, setPhase] = useState<Phase>({ name: 'entering' });
  const [problem, setProblem] = useState<string | null>(null);
  const action = usePaymentAction();
  const [reading, setReading] = useState(0);
  const pause = useRecordingPause(phase.name === 'entering', reading);
  // The focused button goes away when the details are sent and comes back on a refusal: focus follows.
  const progressRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const hasEntered = useRef(false);
  useLayoutEffect(() => {
    if (phase.name !== 'entering') progressRef.current?.focus();
    else if (hasEntered.current) focusFirstField(formRef.current ?? document.body);
    hasEntered.current = true;
  }, [phase.name]);
  const retryRef = useRef<HTMLButtonElement>(null);
  const isInDoubt = phase.name === 'saving' && action.state.status === 'failed';
  useLayoutEffect(() => {
    if (isInDoubt) retryRef.current?.focus();
  }, [isInDoubt]);
  const knownIds = useMemo(() => new Set(profile.payments.methods.map((m) => m.id)), [profile.payments.methods]);

  const capture = useSecureCapture((card) => void save(card, form.getValues().makeDefault, authorityOf(form.getValues().authorizedBy)));
  const authorityOf = (value: string): AuthorizedBy => authorizedBy ?? authorisedBySchema(profile).catch({ kind: 'member' }).parse(value);

  async function save(method: ProcessorTokenResult, makeDefault: boolean, authority: AuthorizedBy): Promise<void> {
    setPhase({ name: 'saving', method });
    setProblem(null);
    const ended = await action.send((actionId) => ({
      kind: 'add-payment-method',
      input: { actionId, memberId: profile.member.memberId, request: { token: method.token, makeDefault, authorizedBy: authority } },
    }));
    if (ended.status === 'failed') return setProblem(ended.message);
    if (ended.status !== 'answered') return undefined;
    if (ended.outcome.status === 'refused') {
      setPhase({ name: 'entering' });
      return setProblem(`${ended.outcome.message} Nothing was saved.`);
    }
    // The record main returned is in the store by now; the new method is the one not there before.
    const methods = store.getState().memberView?.profile?.payments.methods ?? [];
    const saved = methods.find((m) => !knownIds.has(m.id) && m.last4 === method.last4) ?? methods.find((m) => m.last4 === method.last4 && m.brand === method.brand);
    onSaved(saved?.id ?? '');
    return undefined;
  }

  async function send(details: CreateTokenRequest): Promise<void> {
    const { makeDefault, authorizedBy: chosen } = form.getValues();
    const authority = authorityOf(chosen);
    // The digits leave the fields at once, whatever the processor answers.
    form.reset(emptyMethodDraft(details.kind, makeDefault, chosen));
    setReading((count) => count + 1);
    setPhase({ name: 'tokenizing' });
    setProblem(null);
    try {
      const outcome = await tokenize(details);
      if (outcome.status === 'tokenized') return await save(outcome.method, makeDefault, authority);
      setPhase({ name: 'entering' });
      form.setError(REFUSAL_FIELDS[outcome.code] ?? (details.kind === 'card' ? 'number' : 'accountNumber'), { message: `${outcome.message} Ask the member to read the details again.` });
    } catch (error: unknown) {
      setPhase({ name: 'entering' });
      setProblem(`${ApiError.from(error).message} Nothing was saved; ask the member to read the details again.`);
    }
    return undefined;
  }

  function submit(event: FormEvent<HTMLFormElement>): void {
    if (pause.isPaused) return void form.handleSubmit(send)(event);
    event.preventDefault();
    setProblem(pause.mode === 'manual' ? 'Pause the call recording and tick Recording paused before the member reads the details.' : 'Wait until the softphone has paused the recording.');
  }

  function cancel(): void {
    form.reset(emptyMethodDraft(kind, makeDefaultFirst));
    onCancel();
  }

  if (phase.name !== 'entering') {
    return (
      <div className="add-method-progress" ref={progressRef} tabIndex={-1}>
        <p>{phase.name === 'tokenizing' ? 'Sending the details to the payment processor…' : `Saving ${phase.method.brand} •••• ${phase.method.last4}…`}</p>
        {isInDoubt && phase.name === 'saving' ? (
          <div role="alert" className="alert-error">
            <p>{problem}</p>
            <p>The card details are not kept: only the processor&apos;s token is, and saving again sends the same request, so it is saved once.</p>
            <div className="dialog-actions">
              <button type="button" className="button" onClick={cancel}>
                Cancel
              </button>
              <button type="button" className="button button-primary" onClick={() => void save(phase.method, form.getValues().makeDefault, authorityOf(form.getValues().authorizedBy))} ref={retryRef}>
                Save again
              </button>
            </div>
          </div>
        ) : null}
      </div>
    );
  }

  return (
    <form className="flow-form add-method-form" noValidate autoComplete="off" onSubmit={submit} ref={formRef} onKeyDown={submitOnEnter} aria-label="New payment method">
      {problem ? (
        <div role="alert" className="alert-error">
          <p>{problem}</p>
        </div>
      ) : null}
      <RadioGroupField legend="Kind" options={KINDS} inputProps={form.register('kind')} />
      {authorizedBy ? null : <RadioGroupField legend="Authorised by" options={authorisedByOptions(profile)} inputProps={form.register('authorizedBy')} />}
      <RecordingCheckpoint pause={pause} />
      {capture.state.status === 'ended' ? (
        <div role="alert" className="alert-error">
          <p>{capture.state.message} Nothing was saved; type the card, or let the member key it again.</p>
        </div>
      ) : null}
      {kind === 'card' && pause.mode === 'softphone' ? <SecureCaptureChoice capture={capture} /> : null}
      <fieldset className="field-group method-details" disabled={!pause.isPaused || capture.state.status === 'capturing'} aria-label={kind === 'card' ? 'Card details' : 'Bank account details'}>
        {kind === 'card' ? <CardFields form={form} /> : <BankFields form={form} />}
        <label className="choice-label">
          <input type="checkbox" {...form.register('makeDefault')} />
          Make this the default payment method
        </label>
      </fieldset>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={cancel}>
          Cancel
        </button>
        <button type="submit" className="button button-primary">
          {saveLabel}
        </button>
      </div>
    </form>
  );
}
