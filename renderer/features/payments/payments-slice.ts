/**
 * Sends a money change (a payment, a new method's token, autopay, an overpayment resolution) and shows
 * the member as main returned it; hands card or bank digits to main for the processor's token.
 *
 * Nothing is kept here: the digits live only in the form that typed them and in this call's
 * arguments, never in the store, so no sign-out reset, devtools snapshot or persisted state holds them.
 */
import type { InvokeInput } from '../../../shared/ipc/contract';
import type { SecureCaptureView } from '../../../shared/calls/call-views';
import type { ChangeView, TokenizeOutcome } from '../../../shared/ipc/views';
import { ApiError } from '../../api/api-error';
import type { SliceTools } from '../../state/console-state';
import { describeFailure } from '../../state/describe-failure';

/** One money change as the contract takes it; the actionId inside is the screen's, reused on every retry. */
export type PaymentChangeRequest =
  | { readonly kind: 'take-payment'; readonly input: InvokeInput<'payments:take'> }
  | { readonly kind: 'add-payment-method'; readonly input: InvokeInput<'payments:add-method'> }
  | { readonly kind: 'enrol-autopay'; readonly input: InvokeInput<'payments:enrol-autopay'> }
  | { readonly kind: 'stop-autopay'; readonly input: InvokeInput<'payments:stop-autopay'> }
  | { readonly kind: 'request-refund'; readonly input: InvokeInput<'refunds:request'> };

const TERMINAL = new Set<SecureCaptureView['status']>(['completed', 'failed', 'cancelled']);

/** The card or bank details as typed; they go to main once and are dropped. */
export type PaymentDetails = InvokeInput<'payments:tokenize'>;

/** The actions payment screens call. */
export interface PaymentsSlice {
  /** Resolves with main's outcome (completed, pending approval or refused); throws ApiError when main could not be asked. */
  submitPaymentChange(request: PaymentChangeRequest): Promise<ChangeView>;
  /** The processor's token for the details, or its refusal as data; throws ApiError when it could not be asked. */
  tokenizePaymentMethod(details: PaymentDetails): Promise<TokenizeOutcome>;
  /**
   * Card details are about to be spoken: asks the paired softphone to pause the call recording.
   * True when it did; false when no softphone is paired or it could not be asked (the rep pauses by hand).
   */
  pauseRecordingForCard(): Promise<boolean>;
  /** The card details were sent or dropped: the softphone resumes recording. */
  resumeRecordingAfterCard(): void;
  /**
   * Lets the caller key the card on the phone (secure keypad capture): `onView` hears this capture's
   * progress and, when completed, the processor's token; the console never sees a digit. Resolves with
   * `stop`, which ends listening and cancels the capture if it is still open.
   */
  startSecureCapture(onView: (view: SecureCaptureView) => void): Promise<() => void>;
}

/** Builds the payments slice. */
export function createPaymentsSlice(tools: SliceTools): PaymentsSlice {
  const { get, client } = tools;

  function send(request: PaymentChangeRequest): Promise<ChangeView> {
    switch (request.kind) {
      case 'take-payment':
        return client.takePayment(request.input);
      case 'add-payment-method':
        return client.addPaymentMethod(request.input);
      case 'enrol-autopay':
        return client.enrolAutopay(request.input);
      case 'stop-autopay':
        return client.stopAutopay(request.input);
      case 'request-refund':
        return client.requestRefund(request.input);
    }
  }

  async function guarded<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error: unknown) {
      describeFailure(error, tools); // ends the session when main says it has ended
      throw ApiError.from(error);
    }
  }

  return {
    submitPaymentChange: (request) =>
      guarded(async () => {
        const change = await send(request);
        if (change.view) get().applyMemberRefreshed(change.view);
        return change;
      }),
    tokenizePaymentMethod: (details) => guarded(() => client.tokenizePaymentMethod(details)),
    async pauseRecordingForCard() {
      try {
        return (await client.pauseCallRecording()).isPaired;
      } catch {
        return false; // no softphone to ask: the manual checkpoint takes over
      }
    },
    resumeRecordingAfterCard() {
      client.resumeCallRecording().catch(() => undefined);
    },
    async startSecureCapture(onView) {
      let captureId: string | null = null;
      let isOpen = true;
      const early: SecureCaptureView[] = [];
      const hear = (view: SecureCaptureView) => {
        if (TERMINAL.has(view.status)) isOpen = false;
        onView(view);
      };
      // Listening starts first: the softphone may report before the start call returns.
      const unsubscribe = client.onSecureCaptureChanged((view) => (captureId === null ? early.push(view) : view.captureId === captureId && hear(view)));
      try {
        captureId = (await guarded(() => client.startSecureCapture())).captureId;
      } catch (error: unknown) {
        unsubscribe();
        throw error;
      }
      early.filter((view) => view.captureId === captureId).forEach(hear);
      const id = captureId;
      return () => {
        unsubscribe();
        if (isOpen) client.stopSecureCapture({ captureId: id }).catch(() => undefined);
        isOpen = false;
      };
    },
  };
}
