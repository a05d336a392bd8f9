/**
 * What only the console sees reaches the backend's audit trail: a caller verified (by the IVR or by
 * the rep's questions, as whom — never the answers) and a whole MBI revealed; and a trail that cannot
 * be reached never holds the rep up. The real console services against a real sandbox.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { SignInResponseSchema } from '../../shared/api/routes';
import { AuditPageSchema, type AuditEntry } from '../../shared/domain/audit';
import type { MemberProfile } from '../../shared/domain/member-profile';
import { isEligibleAt, pickMembers } from '../../sandbox/testing/pick-members';
import { requestJson } from '../../sandbox/testing/request-json';
import { startTestSandbox, type TestSandbox } from '../../sandbox/testing/start-test-sandbox';
import { createBackendClient } from '../backend/create-backend-client';
import { startInteractionConsole, type InteractionConsole } from '../interactions/testing/start-interaction-console';
import { createAuditHandlers } from './create-audit-handlers';

let sandbox: TestSandbox;
let members: MemberProfile[];
let lead = '';
const running: InteractionConsole[] = [];

beforeAll(async () => {
  sandbox = await startTestSandbox({ members: 200 });
  members = pickMembers(sandbox.sandbox.dbPath, (p) => isEligibleAt('northstar', 2026)(p) && p.representatives.length === 0, 3);
  const signIn = await requestJson(sandbox.sandbox.url, '/v1/sessions', { json: { username: 'lead1', password: 'sandbox' } });
  lead = SignInResponseSchema.parse(signIn.body).token;
});
afterAll(() => sandbox.stop());
afterEach(async () => {
  sandbox.sandbox.faults.clear();
  await Promise.all(running.splice(0).map((c) => c.services.close()));
});

async function signedIn(): Promise<InteractionConsole> {
  const c = startInteractionConsole(sandbox.sandbox.url);
  running.push(c);
  await c.h['session:sign-in']({ username: 'rep1', password: 'sandbox' });
  return c;
}

/** The member's console events in the trail, as a team lead finds them. */
async function eventsFor(memberId: string, kind: string): Promise<AuditEntry[]> {
  const answer = await requestJson(sandbox.sandbox.url, '/v1/audit/search', { token: lead, json: { memberId } });
  return AuditPageSchema.parse(answer.body).entries.filter((e) => e.action === kind);
}

/** Waits until the trail holds `count` such entries (the console sends them without waiting). */
const waitForEvents = (memberId: string, kind: string, count = 1) =>
  vi.waitFor(async () => {
    const found = await eventsFor(memberId, kind);
    expect(found).toHaveLength(count);
    return found;
  }, { timeout: 5_000, interval: 25 });

const dateOfBirthAsTyped = (p: MemberProfile) => `${Number(p.member.dateOfBirth.slice(5, 7))}/${Number(p.member.dateOfBirth.slice(8))}/${p.member.dateOfBirth.slice(0, 4)}`;

describe('audit events from main', () => {
  it('records an IVR-verified call as the member verified by the IVR', async () => {
    const c = await signedIn();
    const { memberId } = members[0]!.member;
    c.ring('audit-ivr-1', { ivr: { memberId, isVerified: true } });
    const [entry] = await waitForEvents(memberId, 'caller_verified');
    expect(entry).toMatchObject({ userId: 'rep1', role: 'rep', memberId, detail: 'As the member, by the IVR', outcome: 'ok' });
  });

  it("records the rep's questions by which identifiers matched, never the answers, and a reveal without the MBI", async () => {
    const c = await signedIn();
    const member = members[1]!;
    const { memberId } = member.member;
    c.ring('audit-questions-1');
    c.feed('connected', 'audit-questions-1');
    await c.h['members:open']({ memberId });
    const answers = { full_name: `${member.member.firstName} ${member.member.lastName}`, date_of_birth: dateOfBirthAsTyped(member) };
    await c.h['interactions:verify-caller']({ callerKind: 'member', answers });
    const [verified] = await waitForEvents(memberId, 'caller_verified');
    expect(verified?.detail).toBe("As the member, by the rep's questions: full name, date of birth");
    expect(await c.h['members:reveal-mbi']({ memberId })).toEqual({ memberId, mbi: member.member.mbi });
    const [revealed] = await waitForEvents(memberId, 'mbi_revealed');
    expect(revealed).toMatchObject({ userId: 'rep1', actionName: 'Revealed the full MBI', memberId });
    const trail = JSON.stringify(await eventsFor(memberId, 'caller_verified')) + JSON.stringify(revealed);
    for (const secret of [member.member.mbi, member.member.dateOfBirth, answers.date_of_birth, member.member.lastName]) expect(trail).not.toContain(secret);
  });

  it('still reveals the MBI when the trail cannot be reached, and logs a warning', async () => {
    const c = await signedIn();
    const { memberId, mbi } = members[2]!.member;
    c.ring('audit-down-1', { ivr: { memberId, isVerified: true } });
    await waitForEvents(memberId, 'caller_verified');
    await c.h['members:open']({ memberId });
    // The record is cached now, so the reveal itself needs no backend; the next few requests (the audit
    // event among them, whatever background probe comes first) fail.
    sandbox.sandbox.faults.set({ failNext: { count: 5, status: 503 } });
    expect(await c.h['members:reveal-mbi']({ memberId })).toEqual({ memberId, mbi });
    await c.logged('could not record an audit event at the backend');
    sandbox.sandbox.faults.clear();
    expect(c.logLines().find((l) => l.msg === 'could not record an audit event at the backend')).toMatchObject({ kind: 'mbi_revealed' });
    expect(await eventsFor(memberId, 'mbi_revealed')).toEqual([]);
  });
});

describe('the CSV export', () => {
  const handlersFor = (token: string) =>
    createAuditHandlers({ backend: () => createBackendClient({ baseUrl: sandbox.sandbox.url, timeoutMs: 2_000, maxRetries: 0, getToken: () => token }), exportPageSize: 2, now: () => new Date('2026-11-15T15:04:05Z') });

  it("holds every entry matching the filters, across pages, newest first", async () => {
    const { memberId } = members[1]!.member;
    const all = AuditPageSchema.parse((await requestJson(sandbox.sandbox.url, '/v1/audit/search', { token: lead, json: { memberId } })).body).entries;
    expect(all.length).toBeGreaterThan(2);
    const exported = await handlersFor(lead)['audit:export-csv']({ memberId });
    expect(exported).toMatchObject({ fileName: 'audit-trail-2026-11-15-15-04-05.csv', count: all.length });
    const seqs = exported.csv.split('\r\n').slice(1, -1).map((line) => Number(line.split(',')[0]));
    expect(seqs).toEqual(all.map((e) => e.seq));
  });

  it("is a team lead's: a rep is refused", async () => {
    const rep = SignInResponseSchema.parse((await requestJson(sandbox.sandbox.url, '/v1/sessions', { json: { username: 'rep2', password: 'sandbox' } })).body).token;
    await expect(handlersFor(rep)['audit:export-csv']({})).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(handlersFor(rep)['audit:search']({ limit: 10 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
