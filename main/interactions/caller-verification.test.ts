/**
 * Caller verification enforced in main, end to end: the real services and a real sandbox, calls fed
 * through the real call service. What main answers is what any screen could show, so each test reads
 * main's own answers and events for data the caller may not hear.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestSandbox, type TestSandbox } from '../../sandbox/testing/start-test-sandbox';
import { isEligibleAt, pickMembers } from '../../sandbox/testing/pick-members';
import type { MemberProfile } from '../../shared/domain/member-profile';
import { invokeContract } from '../../shared/ipc/contract';
import { maskMbi } from '../../shared/lib/mbi';
import { startInteractionConsole, type InteractionConsole } from './testing/start-interaction-console';

let sandbox: TestSandbox;
let eligible: MemberProfile[];
let withRepresentative: MemberProfile;
const running: InteractionConsole[] = [];

beforeAll(async () => {
  sandbox = await startTestSandbox({ members: 200 });
  eligible = pickMembers(sandbox.sandbox.dbPath, (p) => isEligibleAt('northstar', 2026)(p) && p.representatives.length === 0, 3);
  withRepresentative = pickMembers(sandbox.sandbox.dbPath, (p) => p.client.id === 'northstar' && p.representatives.some((r) => r.expiresOn === null || r.expiresOn > p.asOf))[0]!;
});
afterAll(() => sandbox.stop());
afterEach(async () => {
  await Promise.all(running.splice(0).map((c) => c.services.close()));
});

async function signedIn(options: Parameters<typeof startInteractionConsole>[1] = {}): Promise<InteractionConsole> {
  const c = startInteractionConsole(sandbox.sandbox.url, options);
  running.push(c);
  await c.h['session:sign-in']({ username: 'rep1', password: 'sandbox' });
  return c;
}

/** The caller's right answers for `p`, as a rep would type them. */
const answersOf = (p: MemberProfile) => ({
  full_name: `${p.member.firstName} ${p.member.lastName}`,
  date_of_birth: `${Number(p.member.dateOfBirth.slice(5, 7))}/${Number(p.member.dateOfBirth.slice(8))}/${p.member.dateOfBirth.slice(0, 4)}`,
  address: `${p.member.address.line1} ${p.member.address.zip}`,
  member_id: p.member.memberId,
});

/** Every PHI value of the record a caller must not hear before verification. */
const phiOf = (p: MemberProfile) => [p.member.dateOfBirth, p.member.mbi, p.member.mbi.slice(-4), p.member.phone, p.member.address.line1, p.member.eligibility.planName];

describe('caller verification', () => {
  it('sends no more than the name to an unverified caller, refuses the MBI and changes, and sends the record once enough identifiers match', async () => {
    const c = await signedIn();
    const member = eligible[0]!;
    const { memberId } = member.member;
    c.ring('verify-1');
    c.feed('connected', 'verify-1');
    const view = await c.h['members:open']({ memberId });
    expect(view).toMatchObject({ disclosure: 'name_only', profile: null, participation: null, member: { memberId, firstName: member.member.firstName } });
    for (const value of phiOf(member)) expect(JSON.stringify(view)).not.toContain(value);
    expect(await c.h['interactions:get-current'](undefined)).toMatchObject({ memberId, disclosure: 'name_only', requiredMatches: 2, matchedCount: 0, callerKind: null });

    await expect(c.h['members:reveal-mbi']({ memberId })).rejects.toMatchObject({ code: 'VERIFICATION_REQUIRED' });
    const optIn = { actionId: randomUUID(), memberId, request: { planYear: 2026, channel: 'phone' as const, requestedOn: sandbox.sandbox.asOf, authorizedBy: { kind: 'member' as const } } };
    await expect(c.h['participation:opt-in'](optIn)).rejects.toMatchObject({ code: 'VERIFICATION_REQUIRED' });
    const right = answersOf(member);
    await expect(c.h['interactions:verify-caller']({ callerKind: 'member', answers: { full_name: right.full_name } })).rejects.toMatchObject({
      code: 'VERIFICATION_REQUIRED',
      message: expect.stringContaining('needs 2 identifiers'),
    });
    const wrongDate = member.member.dateOfBirth.startsWith('1950') ? '1/1/1960' : '1/1/1950';
    expect(await c.h['interactions:verify-caller']({ callerKind: 'member', answers: { full_name: right.full_name, date_of_birth: wrongDate } })).toMatchObject({
      disclosure: 'name_only',
      callerKind: null,
      lastCheck: { matched: ['full_name'], notMatched: ['date_of_birth'] },
      attemptsLeft: 2,
    });
    expect(await c.h['members:open']({ memberId })).toMatchObject({ disclosure: 'name_only', profile: null });

    const shown = c.next('members:profile-refreshed', (v) => v.member.memberId === memberId);
    expect(await c.h['interactions:verify-caller']({ callerKind: 'member', answers: { full_name: right.full_name, date_of_birth: right.date_of_birth } })).toMatchObject({
      disclosure: 'full',
      callerKind: 'member',
      matchedCount: 2,
      lastCheck: { matched: ['full_name', 'date_of_birth'], notMatched: [] },
    });
    const full = await shown;
    expect(full).toMatchObject({ disclosure: 'full', profile: { member: { dateOfBirth: member.member.dateOfBirth, mbi: maskMbi(member.member.mbi) } } });
    expect(JSON.stringify(full)).not.toContain(member.member.mbi);

    expect(await c.h['members:reveal-mbi']({ memberId })).toEqual({ memberId, mbi: member.member.mbi });
    expect(c.logLines().filter((line) => line.msg === 'a whole MBI was revealed to the rep')).toHaveLength(1);
    expect(JSON.stringify(c.logLines())).not.toContain(member.member.mbi);
    // The answers are PHI: neither the log nor the saved interaction keeps them.
    for (const answer of [right.full_name, right.date_of_birth, wrongDate]) expect(JSON.stringify(c.logLines())).not.toContain(answer);

    const change = await c.h['participation:opt-in'](optIn);
    expect(change).toMatchObject({ outcome: { status: 'completed' }, view: { disclosure: 'full' } });
    const confirmationNumber = change.outcome.status === 'completed' ? change.outcome.confirmationNumber : '';
    expect((await c.h['interactions:get-current'](undefined))?.actions).toEqual([
      expect.objectContaining({ kind: 'reveal-mbi', memberId, confirmationNumber: null }),
      expect.objectContaining({ kind: 'opt-in', memberId, status: 'completed', confirmationNumber }),
    ]);
  });

  it('locks verification for the call after three failed attempts, whatever comes next', async () => {
    const c = await signedIn();
    const member = eligible[1]!;
    c.ring('lockout-1');
    await c.h['members:open']({ memberId: member.member.memberId });
    const right = answersOf(member);
    const wrong = { full_name: 'Nobody Atall', member_id: right.member_id };
    for (const attemptsLeft of [2, 1, 0]) expect(await c.h['interactions:verify-caller']({ callerKind: 'member', answers: wrong })).toMatchObject({ attemptsLeft, disclosure: 'name_only' });
    expect(await c.h['interactions:get-current'](undefined)).toMatchObject({ isVerificationLocked: true, attemptsLeft: 0 });
    await expect(c.h['interactions:verify-caller']({ callerKind: 'member', answers: right })).rejects.toMatchObject({ code: 'VERIFICATION_REQUIRED', message: expect.stringContaining('locked') });
    expect(await c.h['members:open']({ memberId: member.member.memberId })).toMatchObject({ disclosure: 'name_only', profile: null });
  });

  it('cuts the record on screen down to the name the moment a call rings, and gives it back after wrap-up', async () => {
    const c = await signedIn();
    const { memberId } = eligible[1]!.member;
    expect(await c.h['members:open']({ memberId })).toMatchObject({ disclosure: 'full' });
    const cut = c.next('members:profile-refreshed', (v) => v.member.memberId === memberId);
    c.ring('over-a-record-1');
    expect(await cut).toMatchObject({ disclosure: 'name_only', profile: null });
    const inWrapUp = c.next('interactions:changed', (view) => view?.phase === 'wrap_up');
    c.feed('connected', 'over-a-record-1');
    c.feed('ended', 'over-a-record-1');
    const { id } = (await inWrapUp)!;
    const back = c.next('members:profile-refreshed', (v) => v.member.memberId === memberId);
    await c.h['interactions:finish-wrap-up']({ interactionId: id, dispositionCode: 'GENERAL_INFO', summary: 'Wrong member on screen.' });
    expect(await back).toMatchObject({ disclosure: 'full', profile: { member: { memberId } } });
  });

  it('takes an IVR-verified call as verified for that member only', async () => {
    const c = await signedIn();
    const [first, other] = [eligible[1]!, eligible[2]!];
    c.ring('ivr-1', { ivr: { memberId: first.member.memberId, isVerified: true } });
    expect(await c.h['members:open']({ memberId: first.member.memberId })).toMatchObject({ disclosure: 'full' });
    expect(await c.h['members:open']({ memberId: other.member.memberId })).toMatchObject({ disclosure: 'name_only', profile: null });
  });

  it('gives a caregiver general information only, a pharmacy the participation dates, a representative on file the record', async () => {
    const c = await signedIn();
    const { memberId } = withRepresentative.member;
    c.ring('kinds-1');
    await c.h['members:open']({ memberId });
    const representative = withRepresentative.representatives.find((r) => r.expiresOn === null || r.expiresOn > withRepresentative.asOf)!;
    expect((await c.h['interactions:get-current'](undefined))?.representatives).toContainEqual({ id: representative.id, name: representative.name, relationship: representative.relationship });

    await c.h['interactions:verify-caller']({ callerKind: 'caregiver', answers: {} });
    expect(await c.h['members:open']({ memberId })).toMatchObject({ disclosure: 'general_information', profile: null, participation: null });
    await c.h['interactions:verify-caller']({ callerKind: 'pharmacy', answers: {} });
    const { status, planYear, effectiveOn, endsOn } = withRepresentative.participation;
    const pharmacy = await c.h['members:open']({ memberId });
    // Each view is what the contract allows for its disclosure, and nothing more.
    expect(invokeContract['members:open'].output.safeParse(pharmacy).success).toBe(true);
    expect(invokeContract['members:open'].output.safeParse({ ...pharmacy, profile: withRepresentative }).success).toBe(false);
    expect(pharmacy).toMatchObject({ disclosure: 'participation_only', profile: null, participation: { status, planYear, effectiveOn, endsOn } });
    expect(JSON.stringify(pharmacy)).not.toContain(withRepresentative.member.dateOfBirth);
    const { full_name, member_id } = answersOf(withRepresentative);
    await expect(c.h['interactions:verify-caller']({ callerKind: 'representative', representativeId: 'RP-NOT-ON-FILE', answers: { full_name, member_id } })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await c.h['interactions:verify-caller']({ callerKind: 'representative', representativeId: representative.id, answers: { full_name, member_id } });
    const full = await c.h['members:open']({ memberId });
    expect(full).toMatchObject({ disclosure: 'full', profile: { member: { memberId } } });
    expect(invokeContract['members:open'].output.safeParse(full).success).toBe(true);
  });

  it('lets a payment method change only once the caller matched the identifiers the client asks for changes', async () => {
    const c = await signedIn();
    const { memberId } = eligible[2]!.member;
    c.ring('changes-1', { ivr: { memberId, isVerified: true } });
    await c.h['members:open']({ memberId });
    const stop = () => c.h['payments:stop-autopay']({ actionId: randomUUID(), memberId, request: { authorizedBy: { kind: 'member' } } });
    await expect(stop()).rejects.toMatchObject({ code: 'VERIFICATION_REQUIRED', message: expect.stringContaining('needs 3 matching identifiers; 0 matched') });
    const { full_name, date_of_birth, address } = answersOf(eligible[2]!);
    await c.h['interactions:verify-caller']({ callerKind: 'member', answers: { full_name, date_of_birth } });
    await expect(stop()).rejects.toMatchObject({ code: 'VERIFICATION_REQUIRED' });
    // Only the missing identifier is asked: the two already matched on this call still count.
    expect(await c.h['interactions:verify-caller']({ callerKind: 'member', answers: { address } })).toMatchObject({ matchedCount: 3 });
    await expect(stop()).resolves.toMatchObject({ outcome: { status: expect.any(String) } });
  });

  it("never shows the last rep's caller to the next rep who signs in at the desk, and gives it back to its rep", async () => {
    const c = await signedIn();
    c.ring('desk-1', { ivr: { memberId: eligible[1]!.member.memberId, isVerified: true } });
    const { id } = (await c.h['interactions:get-current'](undefined))!;
    await c.h['session:sign-in']({ username: 'rep2', password: 'sandbox' });
    expect(await c.h['interactions:get-current'](undefined)).toBeNull();
    await c.h['session:sign-in']({ username: 'rep1', password: 'sandbox' });
    expect(await c.h['interactions:get-current'](undefined)).toMatchObject({ id, phase: 'wrap_up' });
  });

  it("shows the whole record with no call in progress, unless IT's policy asks for a call", async () => {
    const { memberId } = eligible[0]!.member;
    expect(await (await signedIn()).h['members:open']({ memberId })).toMatchObject({ disclosure: 'full' });
    const strict = await signedIn({ disclosureWithoutCall: 'name_only' });
    expect(await strict.h['members:open']({ memberId })).toMatchObject({ disclosure: 'name_only', profile: null });
    await expect(strict.h['members:reveal-mbi']({ memberId })).rejects.toMatchObject({ code: 'VERIFICATION_REQUIRED' });
  });
});
