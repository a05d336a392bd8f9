/**
 * Which money changes need the stronger caller verification: a new method and autopay do, a payment and
 * a refund do not; a refused check stops the change before anything is recorded or sent.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { AppFailure } from '../../shared/ipc/result';
import type { ChangeRunner } from '../operations/create-change-runner';
import { createPaymentHandlers } from './create-payment-handlers';
import type { Tokenizer } from './create-tokenizer';

const member = { kind: 'member' } as const;

function handlers(isVerified: boolean) {
  const run = vi.fn<ChangeRunner['run']>(async (_kind, input) => ({ actionId: input.actionId, outcome: { status: 'completed', confirmationNumber: 'M3P-AAAA-BBBB' }, view: null }));
  const runner: ChangeRunner = { run, resumePending: async () => undefined, abandon: () => undefined };
  const tokenizer: Tokenizer = { tokenize: async () => ({ status: 'refused', code: 'CARD_EXPIRED', message: 'Expired.' }) };
  const checked: string[] = [];
  const guard = {
    assertMayChangePaymentMethods(memberId: string) {
      checked.push(memberId);
      if (!isVerified) throw new AppFailure('VERIFICATION_REQUIRED', 'Verify two more identifiers before changing how the member pays.');
    },
  };
  return { h: createPaymentHandlers({ runner, tokenizer, guard }), run, checked };
}

const input = <R>(request: R) => ({ actionId: randomUUID(), memberId: 'NSH400012345', request });

describe('the payment handlers', () => {
  it('refuses a new method, autopay and stopping it for a caller not verified strongly enough, and records nothing', async () => {
    const { h, run, checked } = handlers(false);
    await expect(h['payments:add-method'](input({ token: 'tok_abcdefgh1234', makeDefault: true, authorizedBy: member }))).rejects.toMatchObject({ code: 'VERIFICATION_REQUIRED' });
    await expect(h['payments:enrol-autopay'](input({ methodId: 'pm_1', dayOfMonth: 5, authorizedBy: member }))).rejects.toMatchObject({ code: 'VERIFICATION_REQUIRED' });
    await expect(h['payments:stop-autopay'](input({ authorizedBy: member }))).rejects.toMatchObject({ code: 'VERIFICATION_REQUIRED' });
    expect(run).not.toHaveBeenCalled();
    expect(checked).toEqual(['NSH400012345', 'NSH400012345', 'NSH400012345']);
  });

  it('takes a payment and a refund request without the stronger check, each as its own kind of operation', async () => {
    const { h, run, checked } = handlers(false);
    await h['payments:take'](input({ amountCents: 2_227, amountChoice: 'current_bill', methodId: 'pm_1', authorizedBy: member }));
    await h['refunds:request'](input({ kind: 'premium_transfer', amountCents: 500, premiumPeriod: '2026-12', authorizedBy: member }));
    expect(run.mock.calls.map(([kind]) => kind)).toEqual(['take-payment', 'request-refund']);
    expect(checked).toEqual([]);
  });

  it('sends a verified caller’s new method through the write path as add-payment-method', async () => {
    const { h, run } = handlers(true);
    await expect(h['payments:add-method'](input({ token: 'tok_abcdefgh1234', makeDefault: false, authorizedBy: member }))).resolves.toMatchObject({ outcome: { status: 'completed' } });
    expect(run.mock.calls[0]?.[0]).toBe('add-payment-method');
  });
});
