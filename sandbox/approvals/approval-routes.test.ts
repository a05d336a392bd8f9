import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ApprovalDecidedEventSchema, DecisionResultSchema } from '../../shared/api/approval-routes';
import { ApiErrorSchema, apiRoutes } from '../../shared/api/routes';
import type { MemberProfile } from '../../shared/domain/member-profile';
import { ChangeResultSchema } from '../../shared/domain/participation-changes';
import type { User } from '../../shared/domain/session';
import { isoDates } from '../calendar/iso-dates';
import { openTestStream } from '../cti/testing/open-test-stream';
import { createApprovalRepository } from '../database/create-approval-repository';
import { openDatabase } from '../database/open-database';
import { findClientRules } from '../seed/client-catalog';
import { backdateRequest } from '../testing/change-requests';
import { isMovableActiveAt, pickMembers } from '../testing/pick-members';
import { requestJson } from '../testing/request-json';
import { useWriteSandbox } from '../testing/use-write-sandbox';
import { decideApproval, type DecisionDependencies } from './decide-approval';

const sandbox = useWriteSandbox(600);
const url = (path: string) => new URL(path, sandbox.test.sandbox.url).toString();
const thresholdOf = (p: MemberProfile) => findClientRules(p.client.id)!.refundApprovalThresholdCents;
const checkRefund = (amountCents: number) => ({ kind: 'member_refund', amountCents, destination: { type: 'check' }, authorizedBy: { kind: 'member' } });
// Covered since before September: the earliest allowed date is far beyond every client's window.
const farBackdatable = (clientId: string) => (p: MemberProfile) => isMovableActiveAt(clientId)(p) && p.member.eligibility.partDEffectiveOn < '2026-09-01';
const earliestFor = (p: MemberProfile) => isoDates.max('2026-01-01', p.member.eligibility.partDEffectiveOn);

/** Asks for a change that waits for a lead, as `token`'s user; answers the approval id and the member. */
async function queued(token: string, kind: 'backdate' | 'refund', member: MemberProfile): Promise<string> {
  const body = kind === 'backdate' ? backdateRequest(earliestFor(member)) : checkRefund(thresholdOf(member) + 1);
  const answer = ChangeResultSchema.parse((await sandbox.calls.change(token, kind, member.member.memberId, body)).body);
  expect(answer.status).toBe('pending_approval');
  return answer.approvalId!;
}

function decide(token: string, approvalId: string, decision: 'approve' | 'reject', reason: string, key: string = randomUUID()) {
  return requestJson(sandbox.test.sandbox.url, `/v1/approvals/${approvalId}/decision`, { token, json: { decision, reason }, headers: { 'idempotency-key': key } });
}

async function queue(token: string) {
  const answer = await requestJson(sandbox.test.sandbox.url, '/v1/approvals', { token });
  expect(answer.status, answer.text).toBe(200);
  return apiRoutes.listApprovals.response.parse(answer.body).approvals;
}

const refusal = (answer: { status: number; body: unknown }) => [answer.status, ApiErrorSchema.parse(answer.body).error.code];

describe('the approvals queue', () => {
  it('is for team leads only: a rep can neither list nor decide', async () => {
    const list = await requestJson(sandbox.test.sandbox.url, '/v1/approvals', { token: sandbox.rep });
    expect(refusal(list)).toEqual([403, 'FORBIDDEN']);
    expect(ApiErrorSchema.parse(list.body).error.message).toBe('Only team leads can do that; you are signed in as a rep.');
    expect(refusal(await decide(sandbox.rep, 'APR-0000AAAA', 'approve', 'Looks right.'))).toEqual([403, 'FORBIDDEN']);
  });

  it('refuses a rep every team-lead route of the contract, whatever the route (listApprovals, listTeamAgents, the audit and floor routes…)', async () => {
    const leadOnly = Object.values(apiRoutes).filter((route) => route.roles.length > 0 && !(route.roles as readonly string[]).includes('rep'));
    expect(leadOnly.map((route) => route.operationId)).toEqual(expect.arrayContaining(['listApprovals', 'decideApproval', 'listTeamAgents']));
    for (const route of leadOnly) {
      // The role is checked before anything else, so placeholder path parameters are never reached.
      const path = route.path.replace(/:([A-Za-z]+)/g, 'APR-0000AAAA');
      const answer = await requestJson(sandbox.test.sandbox.url, path, { method: route.method, token: sandbox.rep, ...(route.method === 'GET' ? {} : { json: {} }) });
      expect([route.operationId, ...refusal(answer)]).toEqual([route.operationId, 403, 'FORBIDDEN']);
    }
  });

  it('lists what a lead decides by, oldest first: the member, the rep, the dates or the amount and where it goes', async () => {
    const lead = await sandbox.calls.signIn('lead1');
    const backdated = sandbox.pick(farBackdatable('northstar'));
    const first = await queued(sandbox.rep, 'backdate', backdated);
    const refunded = sandbox.pick((p) => p.payments.overpaymentCents > thresholdOf(p));
    const second = await queued(sandbox.rep, 'refund', refunded);
    const items = await queue(lead);
    expect(items.findIndex((a) => a.id === first)).toBeLessThan(items.findIndex((a) => a.id === second));
    expect(items.find((a) => a.id === first)).toMatchObject({
      kind: 'effective_date_change', memberId: backdated.member.memberId, memberName: `${backdated.member.firstName} ${backdated.member.lastName}`,
      requestedBy: 'Rep Jordan Alvarez', requestedById: 'rep1', planYear: 2026, requestedOn: '2026-11-15',
      effectiveOn: earliestFor(backdated), currentEffectiveOn: backdated.participation.effectiveOn, refundDestination: null, amountCents: null,
    });
    expect(items.find((a) => a.id === second)).toMatchObject({ kind: 'refund', amountCents: thresholdOf(refunded) + 1, refundDestination: 'Check to address on file', currentEffectiveOn: null });
  });

  it("shows a lead only their own clients' requests, and refuses a decision on another client's", async () => {
    const member = sandbox.pick(farBackdatable('northstar'));
    const approvalId = await queued(sandbox.rep, 'backdate', member);
    const db = openDatabase(sandbox.test.sandbox.dbPath, { purpose: 'inspect' });
    try {
      const approvals = createApprovalRepository(db);
      expect(approvals.listQueue(['cedar-valley', 'bayside']).map((a) => a.id)).not.toContain(approvalId);
      expect(approvals.listQueue(['northstar']).map((a) => a.id)).toContain(approvalId);
      const cedarLead: User = { id: 'lead9', displayName: 'Casey Cedar', role: 'team_lead', clientIds: ['cedar-valley'] };
      // Refused before anything but the request is read: the other dependencies are never reached.
      const deps = { approvals } as unknown as DecisionDependencies;
      expect(() => decideApproval(deps, cedarLead, approvalId, { decision: 'approve', reason: 'Fine by me.' })).toThrow(/not assigned/);
    } finally {
      db.close();
    }
  });
});

describe('deciding a request', () => {
  it('applies an approved back-date once, through the idempotent write path, and tells the rep who asked', async () => {
    const lead = await sandbox.calls.signIn('lead1');
    const member = sandbox.pick(farBackdatable('cedar-valley'));
    const approvalId = await queued(sandbox.rep, 'backdate', member);
    const stream = await openTestStream(url(apiRoutes.streamAgentEvents.path), sandbox.rep);
    try {
      const key = randomUUID();
      const first = await decide(lead, approvalId, 'approve', 'Member sent the dated form.', key);
      expect(first.status, first.text).toBe(200);
      const result = DecisionResultSchema.parse(first.body);
      expect(result).toMatchObject({ status: 'completed', decision: 'approve', confirmationNumber: expect.stringMatching(/^M3P-/) });
      const { participation } = result.profile;
      expect(participation).toMatchObject({ effectiveOn: earliestFor(member), pendingEffectiveDate: null, confirmationNumber: result.confirmationNumber });
      expect(participation.history[0]).toMatchObject({ kind: 'effective_date_changed', actorId: 'lead1', actor: 'Team lead Morgan Lee', authorizedBy: 'Member', note: 'Approved: Member sent the dated form.' });
      expect(result.profile.billing?.optInMonth).toBeLessThan(member.billing!.optInMonth);

      const message = await stream.next();
      expect(message.event).toBe('approval_decided');
      expect(ApprovalDecidedEventSchema.parse(JSON.parse(message.data))).toMatchObject({
        approvalId, memberId: member.member.memberId, decision: 'approve', reason: 'Member sent the dated form.', confirmationNumber: result.confirmationNumber, decidedBy: 'Team lead Morgan Lee',
      });

      const replay = await decide(lead, approvalId, 'approve', 'Member sent the dated form.', key);
      expect(replay.headers.get('idempotent-replayed')).toBe('true');
      expect(replay.text).toBe(first.text);
      const after = (await sandbox.calls.profile(sandbox.rep, member.member.memberId)).body as MemberProfile;
      expect(after.participation.history.filter((e) => e.kind === 'effective_date_changed' && e.actorId === 'lead1')).toHaveLength(1);
      expect(refusal(await decide(lead, approvalId, 'reject', 'Changed my mind.'))).toEqual([409, 'ALREADY_DECIDED']);
      expect((await queue(lead)).map((a) => a.id)).not.toContain(approvalId);
    } finally {
      stream.close();
    }
  });

  it('rejects a back-date with a reason and leaves the effective date as it was', async () => {
    const lead = await sandbox.calls.signIn('lead1');
    const member = sandbox.pick(farBackdatable('northstar'));
    const approvalId = await queued(sandbox.rep, 'backdate', member);
    expect(refusal(await decide(lead, approvalId, 'reject', ' '))).toEqual([400, 'INVALID_INPUT']);
    const answer = await decide(lead, approvalId, 'reject', 'No record of the earlier call.');
    const result = DecisionResultSchema.parse(answer.body);
    expect(result.profile.participation).toMatchObject({ effectiveOn: member.participation.effectiveOn, pendingEffectiveDate: null });
    expect(result.profile.participation.history[0]).toMatchObject({ kind: 'effective_date_change_rejected', effectiveOn: earliestFor(member), note: 'Rejected: No record of the earlier call.' });
    expect(result.profile.contacts.find((c) => c.confirmationNumber === result.confirmationNumber)?.reason).toBe('Back-date rejected');
    expect(result.profile.billing).toEqual(member.billing);
  });

  it('refuses a lead their own request, changing nothing', async () => {
    const lead = await sandbox.calls.signIn('lead1');
    const member = sandbox.pick(farBackdatable('bayside'));
    const approvalId = await queued(lead, 'backdate', member);
    const before = (await sandbox.calls.profile(lead, member.member.memberId)).text;
    const answer = await decide(lead, approvalId, 'approve', 'Approving my own.');
    expect(refusal(answer)).toEqual([409, 'SELF_APPROVAL']);
    expect((await sandbox.calls.profile(lead, member.member.memberId)).text).toBe(before);
    expect((await queue(lead)).find((a) => a.id === approvalId)).toMatchObject({ requestedById: 'lead1', status: 'pending' });
    expect(refusal(await decide(lead, 'APR-NOSUCH00', 'approve', 'Looks right.'))).toEqual([404, 'APPROVAL_NOT_FOUND']);
  });

  it('rejects a refund above the threshold (the overpayment is whole again) and approves another for the back office', async () => {
    const lead = await sandbox.calls.signIn('lead1');
    const [rejected, approved] = pickMembers(sandbox.test.sandbox.dbPath, (p) => p.payments.overpaymentCents > thresholdOf(p) && !p.refunds.some((r) => r.status === 'pending_approval'), 2);
    const rejectedId = await queued(sandbox.rep, 'refund', rejected!);
    const no = DecisionResultSchema.parse((await decide(lead, rejectedId, 'reject', 'Refund goes to the premium instead.')).body);
    expect(no.confirmationNumber).toMatch(/^RFD-/);
    expect(no.profile.payments.overpaymentCents).toBe(rejected!.payments.overpaymentCents);
    expect(no.profile.refunds[0]).toMatchObject({ amountCents: thresholdOf(rejected!) + 1, status: 'rejected' });
    const approvedId = await queued(sandbox.rep, 'refund', approved!);
    const yes = DecisionResultSchema.parse((await decide(lead, approvedId, 'approve', 'Checked the ledger.')).body);
    expect(yes.profile.refunds[0]).toMatchObject({ status: 'requested' });
    expect(yes.profile.payments.overpaymentCents).toBe(approved!.payments.overpaymentCents - thresholdOf(approved!) - 1);
  });
});
