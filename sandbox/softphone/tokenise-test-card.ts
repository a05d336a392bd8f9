/**
 * What the telephony side does with the digits a caller keyed during secure capture: sends them to
 * the payment processor and keeps only its token. The console never sees the digits, only the result.
 */
import type { CapturedCard } from '../../shared/calls/call-events';
import { ProcessorTokenResultSchema } from '../../shared/api/processor-routes';

/** A test card as a caller would key it on the phone. */
export interface TestCard {
  readonly number: string;
  readonly expMonth: number;
  readonly expYear: number;
  readonly securityCode: string;
  readonly postalCode: string;
}

/** A Visa test number that passes Luhn; the sandbox processor accepts it. */
export const DEFAULT_TEST_CARD: TestCard = { number: '4111111111111111', expMonth: 12, expYear: 2030, securityCode: '123', postalCode: '12345' };

/** The processor's answer, or the words a rep may read when it refused. */
export type TokeniseOutcome = { ok: true; card: CapturedCard } | { ok: false; reason: string };

/** Tokenises `card` at `<processorUrl>/v1/tokens` (shared/api/processor-routes.ts). */
export async function tokeniseTestCard(processorUrl: string | null, card: TestCard): Promise<TokeniseOutcome> {
  if (!processorUrl) return { ok: false, reason: 'No payment processor is configured for the softphone simulator.' };
  let response: Response;
  try {
    response = await fetch(`${processorUrl.replace(/\/+$/, '')}/v1/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'card', ...card }),
      signal: AbortSignal.timeout(10_000),
    });
  } catch {
    return { ok: false, reason: 'The payment processor could not be reached.' };
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (body as { error?: { message?: unknown } } | null)?.error;
    return { ok: false, reason: typeof error?.message === 'string' ? error.message.slice(0, 200) : `The payment processor refused the card (${response.status}).` };
  }
  const result = ProcessorTokenResultSchema.safeParse(body);
  if (!result.success || result.data.expMonth === null || result.data.expYear === null) {
    return { ok: false, reason: 'The payment processor answered something unexpected.' };
  }
  const { token, brand, last4, expMonth, expYear } = result.data;
  return { ok: true, card: { token, brand, last4, expMonth, expYear } };
}
