/**
 * The fake bridge's payment methods: every change is recorded (what main received), checked against
 * the contract's input schema as main would, and answered as scripted — completed by default, a new
 * method added to the record from the last token. Tokenising keeps only the kind and last four it was
 * given, never the digits, so a test can check that nothing else was kept.
 */
import type { MemberProfile } from '../../../../shared/domain/member-profile';
import type { RepConsoleApi } from '../../../../shared/ipc/bridge';
import { invokeContract, type InvokeInput } from '../../../../shared/ipc/contract';
import { detectCardBrand } from '../../../../shared/lib/detect-card-brand';
import type { Result } from '../../../../shared/ipc/result';
import type { ChangeOutcome, ChangeView, MemberProfileView, TokenizeOutcome } from '../../../../shared/ipc/views';

const CHANNELS = {
  takePayment: 'payments:take',
  addPaymentMethod: 'payments:add-method',
  enrolAutopay: 'payments:enrol-autopay',
  stopAutopay: 'payments:stop-autopay',
  requestRefund: 'refunds:request',
} as const;

/** A bridge method that changes a member's money. */
export type PaymentMethodName = keyof typeof CHANNELS;

/** One call main received, with its input as sent. */
export type PaymentCall = { [M in PaymentMethodName]: { readonly method: M; readonly input: InvokeInput<(typeof CHANNELS)[M]> } }[PaymentMethodName];

/** What main answers: an outcome and, when the record changed, the member after it. */
export interface PaymentAnswer {
  readonly outcome: ChangeOutcome;
  readonly profile?: MemberProfile;
}

/** The payment methods for the bridge and the handles tests script them with. */
export interface FakePayments {
  readonly api: Pick<RepConsoleApi, PaymentMethodName | 'tokenizePaymentMethod'>;
  readonly paymentCalls: readonly PaymentCall[];
  /** What each tokenize call was given, reduced to what may be kept: kind and last four. */
  readonly tokenized: readonly { readonly kind: 'card' | 'bank'; readonly last4: string }[];
  /** Scripts every later call of that method (until scripted again). */
  answerPayment(method: PaymentMethodName, answer: PaymentAnswer | ((call: PaymentCall) => PaymentAnswer)): void;
  /** Scripts the next tokenize answers, in order; after them every call is tokenised. */
  answerTokenize(...outcomes: TokenizeOutcome[]): void;
}

type Answer = <T>(method: keyof RepConsoleApi, value: () => T) => Promise<Result<T>>;

/** Builds the methods over the fake's member list; `toView` wraps a profile the way main sends it. */
export function createFakePayments(profiles: MemberProfile[], answer: Answer, toView: (profile: MemberProfile) => MemberProfileView): FakePayments {
  const paymentCalls: PaymentCall[] = [];
  const tokenized: { kind: 'card' | 'bank'; last4: string }[] = [];
  const scripts = new Map<PaymentMethodName, PaymentAnswer | ((call: PaymentCall) => PaymentAnswer)>();
  const tokenAnswers: TokenizeOutcome[] = [];
  let lastToken: Extract<TokenizeOutcome, { status: 'tokenized' }>['method'] | null = null;

  /** The default for a new method: the record with the last token's method added. */
  function withNewMethod(profile: MemberProfile, makeDefault: boolean): MemberProfile {
    if (!lastToken) return profile;
    const { kind, brand, last4, expMonth, expYear } = lastToken;
    const methods = profile.payments.methods.map((m) => (makeDefault ? { ...m, isDefault: false } : m));
    const added = { id: `pm_new_${methods.length + 1}`, kind, brand, last4, expMonth, expYear, isDefault: makeDefault || methods.length === 0 };
    return { ...profile, payments: { ...profile.payments, methods: [...methods, added] } };
  }

  function respond(call: PaymentCall): Promise<Result<ChangeView>> {
    paymentCalls.push(call);
    const parsed = invokeContract[CHANNELS[call.method]].input.safeParse(call.input);
    if (!parsed.success) return Promise.resolve({ ok: false, error: { code: 'INVALID_INPUT', message: parsed.error.issues[0]?.message ?? 'Invalid input.' } });
    return answer(call.method, () => {
      const script = scripts.get(call.method);
      const scripted = typeof script === 'function' ? script(call) : script;
      const index = profiles.findIndex((p) => p.member.memberId === call.input.memberId);
      const current = profiles[index];
      const fallback = current && call.method === 'addPaymentMethod' ? withNewMethod(current, call.input.request.makeDefault) : current;
      const profile = scripted?.profile ?? fallback;
      if (profile && index >= 0) profiles[index] = profile;
      const outcome = scripted?.outcome ?? { status: 'completed', confirmationNumber: `PAY-TEST-${String(paymentCalls.length).padStart(4, '0')}` };
      return { actionId: call.input.actionId, outcome, view: outcome.status === 'refused' || !profile ? null : toView(profile) };
    });
  }

  return {
    api: {
      takePayment: (input) => respond({ method: 'takePayment', input }),
      addPaymentMethod: (input) => respond({ method: 'addPaymentMethod', input }),
      enrolAutopay: (input) => respond({ method: 'enrolAutopay', input }),
      stopAutopay: (input) => respond({ method: 'stopAutopay', input }),
      requestRefund: (input) => respond({ method: 'requestRefund', input }),
      tokenizePaymentMethod: (input) => {
        const digits = input.kind === 'card' ? input.number.replace(/\D/g, '') : input.accountNumber.replace(/\D/g, '');
        tokenized.push({ kind: input.kind, last4: digits.slice(-4) });
        return answer('tokenizePaymentMethod', () => {
          const scripted = tokenAnswers.shift();
          if (scripted?.status === 'tokenized') lastToken = scripted.method;
          if (scripted) return scripted;
          const brand = input.kind === 'card' ? (detectCardBrand(digits)?.name ?? 'Card') : input.accountType === 'checking' ? 'Checking' : 'Savings';
          const method = { token: `tok_test${String(tokenized.length).padStart(8, '0')}`, kind: input.kind, brand, last4: digits.slice(-4), expMonth: input.kind === 'card' ? input.expMonth : null, expYear: input.kind === 'card' ? input.expYear : null };
          lastToken = method;
          return { status: 'tokenized' as const, method };
        });
      },
    },
    paymentCalls,
    tokenized,
    answerPayment: (method, scripted) => scripts.set(method, scripted),
    answerTokenize: (...outcomes) => tokenAnswers.push(...outcomes),
  };
}
