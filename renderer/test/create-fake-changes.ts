/**
 * The fake bridge's participation changes: every call is recorded (what main received), checked
 * against the contract's input schema as main would, and answered as scripted — completed by default.
 */
import type { MemberProfile } from '../../shared/domain/member-profile';
import type { RepConsoleApi } from '../../shared/ipc/bridge';
import { invokeContract, type InvokeInput } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/result';
import type { ChangeOutcome, ChangeView, MemberProfileView } from '../../shared/ipc/views';

const CHANNELS = {
  optInMember: 'participation:opt-in',
  optOutMember: 'participation:opt-out',
  changeEffectiveDate: 'participation:change-effective-date',
} as const;

/** A bridge method that changes a record. */
export type ChangeMethod = keyof typeof CHANNELS;

/** One call main received, with its input as sent. */
export type ChangeCall = { [M in ChangeMethod]: { readonly method: M; readonly input: InvokeInput<(typeof CHANNELS)[M]> } }[ChangeMethod];

/** What main answers: an outcome and, when the record changed, the member after it. */
export interface ChangeAnswer {
  readonly outcome: ChangeOutcome;
  readonly profile?: MemberProfile;
}

/** The change methods for the bridge and the handles tests script them with. */
export interface FakeChanges {
  readonly api: Pick<RepConsoleApi, ChangeMethod | 'abandonChange'>;
  readonly abandoned: readonly string[];
  readonly changeCalls: readonly ChangeCall[];
  /** Scripts every later call of that method (until scripted again). */
  answerChange(method: ChangeMethod, answer: ChangeAnswer | ((call: ChangeCall) => ChangeAnswer)): void;
}

type Answer = <T>(method: keyof RepConsoleApi, value: () => T) => Promise<Result<T>>;

/** Builds the change methods over the fake's member list (updated when an answer carries a profile); `present` shapes views as main does. */
export function createFakeChanges(profiles: MemberProfile[], answer: Answer, present: (profile: MemberProfile) => MemberProfileView): FakeChanges {
  const changeCalls: ChangeCall[] = [];
  const abandoned: string[] = [];
  const scripts = new Map<ChangeMethod, ChangeAnswer | ((call: ChangeCall) => ChangeAnswer)>();

  function respond(call: ChangeCall): Promise<Result<ChangeView>> {
    changeCalls.push(call);
    const parsed = invokeContract[CHANNELS[call.method]].input.safeParse(call.input);
    if (!parsed.success) return Promise.resolve({ ok: false, error: { code: 'INVALID_INPUT', message: parsed.error.issues[0]?.message ?? 'Invalid input.' } });
    return answer(call.method, () => {
      const script = scripts.get(call.method);
      const scripted = typeof script === 'function' ? script(call) : script;
      const index = profiles.findIndex((p) => p.member.memberId === call.input.memberId);
      const profile = scripted?.profile ?? profiles[index];
      if (scripted?.profile && index >= 0) profiles[index] = scripted.profile;
      const outcome = scripted?.outcome ?? { status: 'completed', confirmationNumber: `M3P-TEST-${String(changeCalls.length).padStart(4, '0')}` };
      const view = outcome.status === 'refused' || !profile ? null : present(profile);
      return { actionId: call.input.actionId, outcome, view };
    });
  }

  return {
    api: {
      optInMember: (input) => respond({ method: 'optInMember', input }),
      optOutMember: (input) => respond({ method: 'optOutMember', input }),
      changeEffectiveDate: (input) => respond({ method: 'changeEffectiveDate', input }),
      abandonChange: (input) => {
        abandoned.push(input.actionId);
        return Promise.resolve({ ok: true as const, value: null });
      },
    },
    /** Action ids the screen gave up on (closed after a failed attempt). */
    abandoned,
    changeCalls,
    answerChange: (method, scripted) => scripts.set(method, scripted),
  };
}
