import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { apiRoutes } from '../../shared/api/routes';
import { AuditPageSchema, type AuditEntry } from '../../shared/domain/audit';
import { ChangeResultSchema } from '../../shared/domain/participation-changes';
import { backdateRequest, optInRequest } from '../testing/change-requests';
import { isEligibleAt, isMovableActiveAt } from '../testing/pick-members';
import { requestJson } from '../testing/request-json';
import { useWriteSandbox } from '../testing/use-write-sandbox';
import { searchAuditTrail } from './search-audit-trail';
import { verifyAuditChain } from './verify-audit-chain';

const sandbox = useWriteSandbox(200);
const { calls } = sandbox;
const url = () => sandbox.test.sandbox.url;
let lead = '';
const startedAt = new Date(Date.now() - 60_000).toISOString();
const hourAgo = (iso: string) => new Date(Date.parse(iso) - 3_600_000).toISOString();

const search = async (query: Record<string, unknown>, token = lead) => requestJson(url(), '/v1/audit/search', { token, json: query });
const entriesOf = async (query: Record<string, unknown>): Promise<AuditEntry[]> => {
  const answer = await search(query);
  expect(answer.status).toBe(200);
  return AuditPageSchema.parse(answer.body).entries;
};
/** A copy of the live trail to tamper with (VACUUM INTO: consistent even while the sandbox writes). */
let copies = 0;
const copyOfDatabase = (): Database.Database => {
  const path = join(sandbox.test.dir, `copy-${(copies += 1)}.sqlite`);
  const live = new Database(sandbox.test.sandbox.dbPath, { readonly: true });
  live.exec(`VACUUM INTO '${path}'`);
  live.close();
  return new Database(path);
};

let memberId = '';
let confirmationNumber = '';
let optInKey = '';

beforeAll(async () => {
  lead = await calls.signIn('lead1');
  memberId = sandbox.pick(isEligibleAt('northstar', 2026)).member.memberId;
  expect((await calls.profile(sandbox.rep, memberId)).status).toBe(200);
  optInKey = randomUUID();
  const first = await calls.change(sandbox.rep, 'optIn', memberId, optInRequest(), optInKey);
  confirmationNumber = ChangeResultSchema.parse(first.body).confirmationNumber;
  // The same action sent again (a retry after a timeout) is one action, recorded once.
  const replay = await calls.change(sandbox.rep, 'optIn', memberId, optInRequest(), optInKey);
  expect(replay.headers.get('idempotent-replayed')).toBe('true');
  // A second opt-in is refused by the backend: recorded with the refusal's code.
  await calls.change(sandbox.rep, 'optIn', memberId, optInRequest());
});

describe('the audit trail records', () => {
  it("a member opened and a change made, with the confirmation number, the authority and the key — a replay once", async () => {
    const entries = await entriesOf({ memberId });
    const optIns = entries.filter((e) => e.action === 'optInMember');
    expect(optIns.map((e) => e.outcome)).toEqual(['ALREADY_PARTICIPATING', 'ok']);
    expect(optIns[1]).toMatchObject({ userId: 'rep1', userName: 'Jordan Alvarez', role: 'rep', actionName: 'Opted a member in', memberId, clientId: 'northstar', confirmationNumber, authority: 'member', idempotencyKey: optInKey });
    expect(entries.filter((e) => e.idempotencyKey === optInKey)).toHaveLength(1);
    expect(entries.find((e) => e.action === 'getMemberProfile')).toMatchObject({ userId: 'rep1', actionName: "Opened a member's record", outcome: 'ok', confirmationNumber: null });
  });

  it('sign-in and its failures by user id (never a malformed name), sign-out, and not health', async () => {
    await requestJson(url(), '/v1/sessions', { json: { username: 'rep2', password: 'wrong' } });
    await requestJson(url(), '/v1/sessions', { json: { username: 'hunter2 is my password', password: 'x' } });
    await requestJson(url(), '/v1/sessions', { json: { username: 'hunter2', password: 'x' } });
    const token = await calls.signIn('rep2');
    await requestJson(url(), '/v1/health');
    expect((await requestJson(url(), '/v1/sessions/current', { method: 'DELETE', token })).status).toBe(200);
    const rep2 = await entriesOf({ repId: 'rep2' });
    expect(rep2.map((e) => [e.action, e.outcome])).toEqual([['revokeSession', 'ok'], ['createSession', 'ok'], ['createSession', 'NOT_SIGNED_IN']]);
    expect(rep2[1]).toMatchObject({ actionName: 'Signed in', userName: 'Priya Shah', role: 'rep' });
    const recent = await entriesOf({ limit: 10 });
    expect(recent.filter((e) => e.userId === '(unknown user name)' && e.outcome === 'NOT_SIGNED_IN')).toHaveLength(2);
    expect(JSON.stringify(recent)).not.toContain('hunter2');
    expect(recent.some((e) => e.action === 'getHealth')).toBe(false);
  });

  it('that a search happened and how many it found, never what was searched for', async () => {
    const found = await requestJson(url(), '/v1/members/search', { token: sandbox.rep, json: { by: 'memberId', memberId } });
    expect(found.status).toBe(200);
    const [entry] = await entriesOf({ repId: 'rep1', limit: 1 });
    expect(entry).toMatchObject({ action: 'searchMembers', actionName: 'Searched for members', memberId: null, resultCount: 1, detail: null });
  });

  it("the console's own events, stamped by the backend as the signed-in user", async () => {
    const answer = await requestJson(url(), '/v1/audit/events', { token: sandbox.rep, json: { kind: 'caller_verified', memberId, detail: 'As the member, by the IVR' } });
    expect(answer.status).toBe(200);
    const [entry] = await entriesOf({ memberId, limit: 1 });
    expect(entry).toMatchObject({ seq: (answer.body as { seq: number }).seq, userId: 'rep1', action: 'caller_verified', actionName: 'Verified the caller', detail: 'As the member, by the IVR', outcome: 'ok' });
    const bad = await requestJson(url(), '/v1/audit/events', { token: sandbox.rep, json: { kind: 'made_coffee', userId: 'lead1' } });
    expect(bad.status).toBe(400);
  });

  it("a lead's decision on a rep's back-date, with the member, the decision's confirmation number and which request", async () => {
    const member = sandbox.pick((p) => isMovableActiveAt('northstar')(p) && p.member.eligibility.partDEffectiveOn < '2026-09-01');
    const { memberId: backdated } = member.member;
    const asked = await calls.change(sandbox.rep, 'backdate', backdated, backdateRequest(member.member.eligibility.partDEffectiveOn < '2026-01-01' ? '2026-01-01' : member.member.eligibility.partDEffectiveOn));
    const { approvalId } = ChangeResultSchema.parse(asked.body);
    expect(approvalId).not.toBeNull();
    const decided = await requestJson(url(), `/v1/approvals/${approvalId}/decision`, { token: lead, json: { decision: 'approve', reason: 'Form found.' }, headers: { 'idempotency-key': randomUUID() } });
    expect(decided.status, decided.text).toBe(200);
    const [decision, request] = await entriesOf({ memberId: backdated, limit: 2 });
    expect(decision).toMatchObject({ userId: 'lead1', role: 'team_lead', action: 'decideApproval', memberId: backdated, outcome: 'ok', detail: `Approved ${approvalId}`, confirmationNumber: ChangeResultSchema.parse(decided.body).confirmationNumber });
    expect(request).toMatchObject({ userId: 'rep1', action: 'changeEffectiveDate', actionName: 'Changed the effective date', authority: 'member', confirmationNumber: ChangeResultSchema.parse(asked.body).confirmationNumber });
    expect(JSON.stringify(decision)).not.toContain('Form found');
  });

  it('a rep refused the search (403), as that rep', async () => {
    const refused = await search({}, sandbox.rep);
    expect(refused.status).toBe(403);
    const [entry] = await entriesOf({ repId: 'rep1', limit: 1 });
    expect(entry).toMatchObject({ action: 'searchAuditTrail', outcome: 'FORBIDDEN', role: 'rep' });
  });
});

describe('searching the trail', () => {
  it('filters by member, rep and dates, newest first, and pages with before', async () => {
    const all = await entriesOf({ memberId });
    expect(all.every((e) => e.memberId === memberId)).toBe(true);
    expect(all.map((e) => e.seq)).toEqual([...all.map((e) => e.seq)].sort((a, b) => b - a));
    expect((await entriesOf({ memberId, repId: 'lead1' }))).toEqual([]);
    expect((await entriesOf({ memberId, from: startedAt, to: new Date(Date.now() + 60_000).toISOString() })).length).toBe(all.length);
    expect(await entriesOf({ memberId, to: startedAt })).toEqual([]);
    expect((await entriesOf({ memberId, from: all[1]!.at })).map((e) => e.seq)).toEqual(all.filter((e) => e.at >= all[1]!.at).map((e) => e.seq));
    const first = AuditPageSchema.parse((await search({ memberId, limit: 2 })).body);
    expect(first.entries).toEqual(all.slice(0, 2));
    const second = AuditPageSchema.parse((await search({ memberId, limit: 2, before: first.nextBefore })).body);
    expect(second.entries).toEqual(all.slice(2, 4));
  });

  it("shows a lead only their clients' members, and refuses a bad range clearly", async () => {
    const db = copyOfDatabase();
    const query = apiRoutes.searchAuditTrail.body.parse({ memberId });
    expect(searchAuditTrail(db, query, ['northstar']).entries.length).toBeGreaterThan(0);
    expect(searchAuditTrail(db, query, ['bayside']).entries).toEqual([]);
    db.close();
    const bad = await search({ from: startedAt, to: hourAgo(startedAt) });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('on or after');
  });
});

describe('the chain', () => {
  it('verifies as written', () => {
    const db = copyOfDatabase();
    const report = verifyAuditChain(db);
    db.close();
    expect(report).toMatchObject({ isIntact: true, head: { seq: expect.any(Number) } });
    expect(report.isIntact && report.count).toBeGreaterThan(8);
  });

  it('refuses UPDATE and DELETE by trigger', () => {
    const db = copyOfDatabase();
    expect(() => db.prepare("UPDATE audit_entries SET outcome = 'ok' WHERE seq = 2").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_entries WHERE seq = 2').run()).toThrow(/append-only/);
    db.close();
  });

  it('names the entry edited behind the triggers, the gap left by a removal, and a renumbering', () => {
    const edited = copyOfDatabase();
    edited.exec("DROP TRIGGER audit_entries_no_update; UPDATE audit_entries SET user_id = 'rep2' WHERE seq = 3;");
    expect(verifyAuditChain(edited)).toMatchObject({ isIntact: false, seq: 3, problem: 'edited', count: 2 });
    edited.close();
    const removed = copyOfDatabase();
    removed.exec('DROP TRIGGER audit_entries_no_delete; DELETE FROM audit_entries WHERE seq = 4;');
    expect(verifyAuditChain(removed)).toMatchObject({ isIntact: false, seq: 4, problem: 'gap' });
    removed.close();
    const swapped = copyOfDatabase();
    swapped.exec('DROP TRIGGER audit_entries_no_update; UPDATE audit_entries SET seq = -seq WHERE seq IN (5, 6); UPDATE audit_entries SET seq = 11 + seq WHERE seq < 0;');
    expect(verifyAuditChain(swapped)).toMatchObject({ isIntact: false, seq: 5, problem: 'edited' });
    swapped.close();
  });

  it('reports triggers removed even when every entry still verifies', () => {
    const db = copyOfDatabase();
    db.exec('DROP TRIGGER audit_entries_no_delete;');
    expect(verifyAuditChain(db)).toMatchObject({ isIntact: false, seq: null, problem: 'unprotected' });
    db.close();
  });
});
