/**
 * A team lead's decision through main's write path, end to end: two consoles (a rep's and a lead's) on
 * real services over a real sandbox. The decision goes out once even when its answer is lost; the rep's
 * console hears of it on the agent event stream; refusals (the lead's own request) are outcomes, and a
 * rep asking for the queue is told it is for team leads.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { findScenarioMembers } from '../../sandbox/database/find-sample-members';
import { openDatabase } from '../../sandbox/database/open-database';
import { startTestSandbox, type TestSandbox } from '../../sandbox/testing/start-test-sandbox';
import { ApprovalDecidedEventSchema } from '../../shared/api/approval-routes';
import { startCuttingProxy, type CuttingProxy } from '../backend/testing/start-cutting-proxy';
import { createFileKeyStore } from '../cache/create-file-key-store';
import { nextEvent } from '../events/testing/next-event';
import { createMemoryLogger } from '../hosts/testing/create-memory-logger';
import { ConfigSchema } from '../policy/config-schema';
import { createConsoleServices, type ConsoleServices } from '../services/create-console-services';

let sandbox: TestSandbox;
let proxy: CuttingProxy;
let active: readonly string[];
const running: ConsoleServices[] = [];

beforeAll(async () => {
  sandbox = await startTestSandbox({ members: 400 });
  proxy = await startCuttingProxy(sandbox.sandbox.url);
  const db = openDatabase(sandbox.sandbox.dbPath, { purpose: 'inspect' });
  active = findScenarioMembers(db).active;
  db.close();
}, 120_000);
afterAll(async () => {
  await proxy.close();
  await sandbox.stop();
});
afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.close()));
});

async function signedIn(username: 'rep1' | 'lead1', options: { viaProxy?: boolean } = {}) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'approvals-path-'));
  const services = createConsoleServices({
    config: ConfigSchema.parse({ backend: { url: options.viaProxy ? proxy.url : sandbox.sandbox.url, timeoutMs: 2_000, maxRetries: 2 } }),
    userDataDir,
    keyStore: createFileKeyStore({ filePath: join(userDataDir, 'cache', 'cache.key') }),
    logger: createMemoryLogger().logger,
    host: 'web',
    version: '0.0.0-test',
  });
  running.push(services);
  await services.handlers['session:sign-in']({ username, password: 'sandbox' });
  return services;
}

/** Asks for a back-date beyond the client's window through `services`; answers the approval id. */
async function requestBackdate(services: ConsoleServices, memberId: string): Promise<string> {
  const { profile } = await services.handlers['members:open']({ memberId, forceRefresh: true });
  const effectiveOn = ['2026-01-01', profile!.member.eligibility.partDEffectiveOn].sort().at(-1)!;
  const change = await services.handlers['participation:change-effective-date']({
    actionId: randomUUID(), memberId, request: { effectiveOn, reason: 'Form was dated in January.', authorizedBy: { kind: 'member' } },
  });
  if (change.outcome.status !== 'pending_approval') throw new Error(`expected a pending back-date, got ${change.outcome.status}`);
  return change.outcome.approvalId;
}

function leadEvents(memberId: string): { kind: string; effective_on: string | null }[] {
  const db = openDatabase(sandbox.sandbox.dbPath, { purpose: 'inspect' });
  try {
    return db.prepare<[string], { kind: string; effective_on: string | null }>(`SELECT e.kind, e.effective_on FROM participation_events e
      JOIN members m ON m.member_key = e.member_key WHERE m.member_id = ? AND e.actor_id = 'lead1' ORDER BY e.seq`).all(memberId);
  } finally {
    db.close();
  }
}

describe('deciding approvals through the write path', () => {
  it('applies a decision once when its answer is lost, and tells the rep who asked', async () => {
    const rep = await signedIn('rep1');
    const lead = await signedIn('lead1', { viaProxy: true });
    const memberId = active[0]!;
    const approvalId = await requestBackdate(rep, memberId);
    const queued = (await lead.handlers['approvals:list'](undefined)).find((a) => a.id === approvalId);
    expect(queued).toMatchObject({ memberId, requestedById: 'rep1', kind: 'effective_date_change' });

    const told = nextEvent(rep.events, 'approvals:decided');
    proxy.cutNextAnswers(1, /^POST \/v1\/approvals\/[^/]+\/decision$/);
    const input = { actionId: randomUUID(), memberId, request: { approvalId, decision: 'approve' as const, reason: 'Dated form is on file.' } };
    const decided = await lead.handlers['approvals:decide'](input);
    expect(proxy.cutCount()).toBe(1);
    expect(decided.outcome).toMatchObject({ status: 'completed', confirmationNumber: expect.stringMatching(/^M3P-/) });
    expect(decided.view?.profile?.participation).toMatchObject({ effectiveOn: queued!.effectiveOn, pendingEffectiveDate: null });
    expect(await lead.handlers['approvals:decide'](input)).toMatchObject({ outcome: decided.outcome });
    expect(leadEvents(memberId)).toEqual([{ kind: 'effective_date_changed', effective_on: queued!.effectiveOn }]);

    const event = ApprovalDecidedEventSchema.parse(await told);
    expect(event).toMatchObject({ approvalId, memberId, decision: 'approve', reason: 'Dated form is on file.', confirmationNumber: decided.outcome.status === 'completed' ? decided.outcome.confirmationNumber : '' });
    expect((await lead.handlers['approvals:list'](undefined)).map((a) => a.id)).not.toContain(approvalId);
  });

  it("answers a lead's own request as a refused outcome, and tells a rep the queue is for team leads", async () => {
    const lead = await signedIn('lead1');
    const memberId = active[1]!;
    const approvalId = await requestBackdate(lead, memberId);
    const decided = await lead.handlers['approvals:decide']({ actionId: randomUUID(), memberId, request: { approvalId, decision: 'approve', reason: 'My own.' } });
    expect(decided).toMatchObject({ outcome: { status: 'refused', code: 'SELF_APPROVAL', message: expect.stringContaining('another team lead') }, view: null });
    expect(leadEvents(memberId).map((e) => e.kind)).toEqual(['effective_date_change_pending']);
    const rep = await signedIn('rep1');
    await expect(rep.handlers['approvals:list'](undefined)).rejects.toMatchObject({ code: 'FORBIDDEN', message: 'Only team leads can do that; you are signed in as a rep.' });
  });
});
