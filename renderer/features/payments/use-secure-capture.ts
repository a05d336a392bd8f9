/**
 * Secure keypad capture from the new-card form: the member keys the card on the phone, the telephony
 * side sends it to the processor, and the form hears progress ("card number, 7 digits") and finally the
 * token, which it saves like a typed card's. Leaving the form cancels a capture still open.
 */
import { useEffect, useRef, useState } from 'react';
import type { SecureCaptureView } from '../../../shared/calls/call-views';
import type { ProcessorTokenResult } from '../../../shared/api/processor-routes';
import { ApiError } from '../../api/api-error';
import { useConsoleStore } from '../../state/use-console-store';

/** Where a capture stands: none, waiting for keys (with the latest progress), or ended without a card. */
export type CaptureState = { readonly status: 'idle' } | { readonly status: 'capturing'; readonly view: SecureCaptureView | null } | { readonly status: 'ended'; readonly message: string };

/** The capture and how to start or stop it. */
export interface SecureCapture {
  readonly state: CaptureState;
  start(): void;
  stop(): void;
}

const FIELD_WORDS: Readonly<Record<string, string>> = { card_number: 'card number', expiry: 'expiry', security_code: 'security code', postal_code: 'ZIP code' };

/** "Keying the card number: 7 digits so far." */
export function describeCapture(view: SecureCaptureView | null): string {
  if (!view?.field) return 'Waiting for the member to start keying the card on the phone…';
  return `Keying the ${FIELD_WORDS[view.field] ?? view.field}: ${view.digitsEntered ?? 0} digits so far.`;
}

/** Runs captures; `onCard` gets the token of a completed one. */
export function useSecureCapture(onCard: (card: ProcessorTokenResult) => void): SecureCapture {
  const startCapture = useConsoleStore((state) => state.startSecureCapture);
  const [state, setState] = useState<CaptureState>({ status: 'idle' });
  const stopRef = useRef<(() => void) | null>(null);
  const onCardRef = useRef(onCard);
  useEffect(() => {
    onCardRef.current = onCard;
  }, [onCard]);
  useEffect(() => () => stopRef.current?.(), []);

  function stop(): void {
    stopRef.current?.();
    stopRef.current = null;
    setState({ status: 'idle' });
  }

  function start(): void {
    let isDone = false;
    setState({ status: 'capturing', view: null });
    startCapture((view) => {
      isDone = view.status === 'completed' || view.status === 'failed' || view.status === 'cancelled';
      if (view.status === 'completed' && view.card) {
        stopRef.current?.();
        stopRef.current = null;
        setState({ status: 'idle' });
        const { token, brand, last4, expMonth, expYear } = view.card;
        onCardRef.current({ token, kind: 'card', brand, last4, expMonth, expYear });
      } else if (view.status === 'failed' || view.status === 'cancelled' || view.status === 'completed') {
        stopRef.current?.();
        stopRef.current = null;
        setState({ status: 'ended', message: view.reason ?? (view.status === 'cancelled' ? 'The keypad capture was cancelled.' : 'The keypad capture did not finish.') });
      } else setState({ status: 'capturing', view });
    }).then(
      (stopCapture) => {
        // It may have ended while the start call was answering: then stop listening at once.
        if (isDone) stopCapture();
        else stopRef.current = stopCapture;
      },
      (error: unknown) => setState({ status: 'ended', message: ApiError.from(error).message }),
    );
  }

  return { state, start, stop };
}
