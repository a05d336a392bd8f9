/**
 * Secure keypad capture as a telephony platform runs it: the caller keys each field on the phone
 * (the console sees only which field and how many digits), the platform tokenises the card with the
 * processor, and the console gets the token with brand, last four and expiry.
 */
import type { z } from 'zod';
import type { CallEvent, CaptureFieldSchema } from '../../shared/calls/call-events';
import type { TestCard, TokeniseOutcome } from './tokenise-test-card';

/** One capture's inputs; `isCancelled` is read between key presses (a stop command). */
export interface SecureCaptureRun {
  readonly callId: string;
  readonly captureId: string;
  readonly card: TestCard;
  readonly report: (event: CallEvent) => Promise<void>;
  readonly tokenise: (card: TestCard) => Promise<TokeniseOutcome>;
  readonly isCancelled: () => boolean;
  /** Pause between key presses (demos); default none. */
  readonly keyDelayMs?: number;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Plays one capture to its end: completed, failed, or cancelled. */
export async function runSecureCapture(run: SecureCaptureRun): Promise<void> {
  const { callId, captureId } = run;
  const event = (status: 'started' | 'progress' | 'completed' | 'failed' | 'cancelled', extra: Partial<Extract<CallEvent, { type: 'secure_capture' }>> = {}) =>
    run.report({ type: 'secure_capture', callId, captureId, status, ...extra });
  await event('started');
  const fields: [z.infer<typeof CaptureFieldSchema>, string][] = [
    ['card_number', run.card.number],
    ['expiry', `${String(run.card.expMonth).padStart(2, '0')}${String(run.card.expYear).slice(-2)}`],
    ['security_code', run.card.securityCode],
    ['postal_code', run.card.postalCode],
  ];
  for (const [field, digits] of fields) {
    for (let entered = 1; entered <= digits.length; entered += 1) {
      if (run.isCancelled()) return event('cancelled');
      if (run.keyDelayMs) await pause(run.keyDelayMs);
      // One progress event per key would flood a real link; every fourth and the last are enough.
      if (entered % 4 === 0 || entered === digits.length) await event('progress', { field, digitsEntered: entered });
    }
  }
  if (run.isCancelled()) return event('cancelled');
  const outcome = await run.tokenise(run.card);
  await (outcome.ok ? event('completed', { card: outcome.card }) : event('failed', { reason: outcome.reason }));
}
