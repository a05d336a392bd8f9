import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ApiErrorSchema, apiRoutes } from '../../shared/api/routes';
import type { MemberProfile } from '../../shared/domain/member-profile';
import { ChangeResultSchema } from '../../shared/domain/participation-changes';
import { isoDates } from '../calendar/iso-dates';
import { backdateRequest, optInRequest, optOutRequest, TEST_AS_OF as AS_OF } from '../testing/change-requests';
import { isEligibleAt } from '../testing/pick-members';
import { requestJson } from '../testing/request-json';
import { useWriteSandbox } from '../testing/use-write-sandbox';

const sandbox = useWriteSandbox(400);
const { calls } = sandbox;
const optIn = optInRequest();
const optOut = optOutRequest();
const eligible = (): MemberProfile => sandbox.pick(isEligibleAt('northstar', 2026));
const codeOf = (body: unknown) => ApiErrorSchema.parse(body).error.code;
const profileOf = (answer: { body: unknown }): MemberProfile => apiRoutes.getMemberProfile.response.parse(answer.body);
const eventsWith = (profile: MemberProfile, confirmationNumber: string) => profile.participation.history.filter((e) => e.confirmationNumber === confirmationNumber);

describe('Idempotency-Key', () => {
  it('answers the same opt-in sent twice with the first answer, marked replayed: one confirmation number, one event', async () => {
    const { memberId } = eligible().member;
    const key = randomUUID();
    const first = await calls.change(sandbox.rep, 'optIn', memberId, optIn, key);
    const second = await calls.change(sandbox.rep, 'optIn', memberId.toLowerCase(), { ...optIn }, key);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(second.text).toBe(first.text);
    expect([first.headers.get('idempotent-replayed'), second.headers.get('idempotent-replayed')]).toEqual([null, 'true']);
    const { confirmationNumber } = ChangeResultSchema.parse(first.body);
    const now = profileOf(await calls.profile(sandbox.rep, memberId));
    expect(eventsWith(now, confirmationNumber)).toHaveLength(1);
    expect(now.participation.history.filter((e) => e.kind === 'opt_in_approved' && e.occurredOn === AS_OF)).toHaveLength(1);
  });

  it('runs two attempts sent at the same moment once', async () => {
    const { memberId } = eligible().member;
    const key = randomUUID();
    const answers = await Promise.all([1, 2, 3].map(() => calls.change(sandbox.rep, 'optIn', memberId, optIn, key)));
    expect(new Set(answers.map((a) => a.text)).size).toBe(1);
    expect(answers.filter((a) => a.headers.get('idempotent-replayed') === 'true')).toHaveLength(2);
  });

  it('refuses the same key with another request (422) and changes nothing', async () => {
    const { memberId } = eligible().member;
    const key = randomUUID();
    expect((await calls.change(sandbox.rep, 'optIn', memberId, optIn, key)).status).toBe(200);
    const before = await calls.profile(sandbox.rep, memberId);
    const other = await calls.change(sandbox.rep, 'optOut', memberId, optOut, key);
    expect([other.status, codeOf(other.body)]).toEqual([422, 'IDEMPOTENCY_KEY_REUSED']);
    expect((await calls.change(sandbox.rep, 'optIn', memberId, { ...optIn, channel: 'web' }, key)).status).toBe(422);
    expect((await calls.profile(sandbox.rep, memberId)).text).toBe(before.text);
  });

  it('refuses a change without a key, or with one that is not a UUID (400), before doing anything', async () => {
    const { memberId } = eligible().member;
    const before = await calls.profile(sandbox.rep, memberId);
    for (const key of [null, 'abc', `${randomUUID()}x`]) {
      const answer = await calls.change(sandbox.rep, 'optIn', memberId, optIn, key);
      expect([answer.status, codeOf(answer.body)]).toEqual([400, 'IDEMPOTENCY_KEY_REQUIRED']);
    }
    expect((await calls.profile(sandbox.rep, memberId)).text).toBe(before.text);
  });

  it('replays a business refusal even after the record changed: the same action ends the same way', async () => {
    const { memberId } = eligible().member;
    const key = randomUUID();
    const refused = await calls.change(sandbox.rep, 'optOut', memberId, optOut, key);
    expect([refused.status, codeOf(refused.body)]).toEqual([409, 'NOT_PARTICIPATING']);
    expect((await calls.change(sandbox.rep, 'optIn', memberId, optIn)).status).toBe(200);
    const again = await calls.change(sandbox.rep, 'optOut', memberId, optOut, key);
    expect([again.status, again.text, again.headers.get('idempotent-replayed')]).toEqual([409, refused.text, 'true']);
    expect(profileOf(await calls.profile(sandbox.rep, memberId)).participation.status).toBe('active');
  });

  it('keeps sessions, stored answers and pending approvals across a restart', async () => {
    const member = sandbox.pick(isEligibleAt('cedar-valley', 2026));
    const { memberId } = member.member;
    expect((await calls.change(sandbox.rep, 'optIn', memberId, optIn)).status).toBe(200);
    const key = randomUUID();
    const backdate = backdateRequest(isoDates.addDays(AS_OF, -40));
    const pending = await calls.change(sandbox.rep, 'backdate', memberId, backdate, key);
    expect(ChangeResultSchema.parse(pending.body).status).toBe('pending_approval');
    const lead = await calls.signIn('lead1');
    await sandbox.test.restart();
    const replay = await calls.change(sandbox.rep, 'backdate', memberId, backdate, key);
    expect([replay.status, replay.text, replay.headers.get('idempotent-replayed')]).toEqual([200, pending.text, 'true']);
    const listed = await requestJson(sandbox.test.sandbox.url, '/v1/approvals', { token: lead });
    const { approvals } = apiRoutes.listApprovals.response.parse(listed.body);
    expect(approvals.map((a) => a.id)).toContain(ChangeResultSchema.parse(pending.body).approvalId);
    expect(approvals.find((a) => a.memberId === memberId)).toMatchObject({ kind: 'effective_date_change', status: 'pending', requestedBy: 'Rep Jordan Alvarez', clientId: 'cedar-valley' });
  });
});
