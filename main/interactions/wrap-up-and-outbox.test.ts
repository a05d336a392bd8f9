/**
 * The interaction after the call, end to end: wrap-up and handle time, a missed call, notes that
 * survive a restart (and card numbers that never reach disk), the rep's state at the backend, and the
 * outbox: records wait while the sandbox is stopped and land once each, in order, when it is back
 * (a lost answer is in create-interaction-outbox.test.ts, where nothing else shares the connection).
 */
import { readFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../sandbox/database/open-database';
import { startTestSandbox, type TestSandbox } from '../../sandbox/testing/start-test-sandbox';
import { pickMembers } from '../../sandbox/testing/pick-members';
import type { InteractionRecord } from '../../shared/calls/interaction';
import type { MemberProfile } from '../../shared/domain/member-profile';
import { createInvokeDispatcher } from '../ipc/create-invoke-dispatcher';
import { createSilentLogger } from '../logging/create-logger';
import { startInteractionConsole, type InteractionConsole } from './testing/start-interaction-console';

let sandbox: TestSandbox;
let members: MemberProfile[];
const running: InteractionConsole[] = [];
const SAVED = 'interaction record saved at the backend';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

beforeAll(async () => {
  // A fixed port, so the sandbox comes back where the console left it.
  sandbox = await startTestSandbox({ members: 200, port: await freePort() });
  members = pickMembers(sandbox.sandbox.dbPath, (p) => p.client.id === 'northstar', 6);
});
afterAll(() => sandbox.stop());
afterEach(async () => {
  await Promise.all(running.splice(0).map((c) => c.services.close()));
});

async function signedIn(options: { userDataDir?: string } = {}): Promise<InteractionConsole> {
  const c = startInteractionConsole(sandbox.sandbox.url, options.userDataDir ? { userDataDir: options.userDataDir } : {});
  running.push(c);
  await c.h['session:sign-in']({ username: 'rep1', password: 'sandbox' });
  return c;
}

/** The interactions the sandbox stored, in the order it saved them. */
function savedInSandbox(ids: readonly string[]): InteractionRecord[] {
  const db = openDatabase(sandbox.sandbox.dbPath, { purpose: 'inspect' });
  try {
    const rows = db.prepare<[], { id: string; record: string }>('SELECT id, record FROM interactions ORDER BY saved_at_ms').all();
    return rows.filter((row) => ids.includes(row.id)).map((row) => JSON.parse(row.record) as InteractionRecord);
  } finally {
    db.close();
  }
}

function agentStateInSandbox(userId = 'rep1'): { state: string; away_reason: string | null } | undefined {
  const db = openDatabase(sandbox.sandbox.dbPath, { purpose: 'inspect' });
  try {
    return db.prepare<[string], { state: string; away_reason: string | null }>('SELECT state, away_reason FROM agent_states WHERE user_id = ?').get(userId);
  } finally {
    db.close();
  }
}

/**
 * A call about `member` that rang, was answered and hung up: the interaction is in wrap-up, and what
 * the call made main fetch (the pop's record, the client's rules) has been fetched.
 */
async function answeredCall(c: InteractionConsole, callId: string, member: MemberProfile): Promise<string> {
  const popped = c.next('calls:popped', (pop) => pop.callId === callId);
  const inWrapUp = c.next('interactions:changed', (view) => view?.phase === 'wrap_up');
  c.ring(callId, { ivr: { memberId: member.member.memberId, isVerified: true } });
  await popped;
  c.feed('connected', callId);
  c.feed('ended', callId);
  const { id } = (await inWrapUp)!;
  await c.h['interactions:get-current'](undefined);
  return id;
}

describe('wrap-up, notes and the outbox', () => {
  it('times the call, starts wrap-up at hang-up, and saves the record once the rep finishes; the rep is on a call, in wrap-up, then available', async () => {
    const c = await signedIn();
    expect(agentStateInSandbox()).toMatchObject({ state: 'available' });
    const onCall = c.next('agent:changed', (agent) => agent.state === 'on_call');
    c.ring('wrap-1', { ani: member(0).member.phone, ivr: { memberId: member(0).member.memberId, isVerified: true } });
    await onCall;
    c.feed('connected', 'wrap-1');
    c.feed('held', 'wrap-1');
    c.feed('resumed', 'wrap-1');
    const wrapUp = c.next('agent:changed', (agent) => agent.state === 'wrap_up');
    c.feed('ended', 'wrap-1');
    await wrapUp;
    const view = (await c.h['interactions:get-current'](undefined))!;
    expect(view).toMatchObject({ phase: 'wrap_up', wrapUpStartedAt: expect.any(String), dispositions: expect.arrayContaining([{ code: 'BILLING_QUESTION', label: expect.any(String) }]) });
    await c.h['interactions:save-notes']({ interactionId: view.id, notes: 'Asked why March is higher.' });
    await expect(c.h['interactions:finish-wrap-up']({ interactionId: view.id, dispositionCode: 'NOT_A_CODE', summary: 'x' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });

    const available = c.next('agent:changed', (agent) => agent.state === 'available');
    await c.h['interactions:finish-wrap-up']({ interactionId: view.id, dispositionCode: 'BILLING_QUESTION', summary: 'Explained the March bill.' });
    await Promise.all([available, c.logged(SAVED)]);
    expect(await c.h['interactions:get-current'](undefined)).toBeNull();
    const [saved] = savedInSandbox([view.id]);
    expect(saved).toMatchObject({
      callId: 'wrap-1', callerNumber: member(0).member.phone, memberId: member(0).member.memberId, isMissed: false, dispositionCode: 'BILLING_QUESTION',
      notes: 'Asked why March is higher.', summary: 'Explained the March bill.', verification: { callerKind: 'member', method: 'ivr' },
      talkSeconds: expect.any(Number), holdSeconds: expect.any(Number), wrapUpSeconds: expect.any(Number),
    });
    expect(agentStateInSandbox()).toMatchObject({ state: 'available' });
  });

  it('records a call that hung up before it was answered as missed, with no wrap-up', async () => {
    const c = await signedIn();
    const ended = c.next('interactions:changed', (view) => view === null);
    c.ring('missed-1');
    const id = (await c.h['interactions:get-current'](undefined))!.id;
    c.feed('ended', 'missed-1');
    await Promise.all([ended, c.logged(SAVED)]);
    expect(savedInSandbox([id])).toEqual([expect.objectContaining({ isMissed: true, answeredAt: null, wrapUpSeconds: 0, dispositionCode: null })]);
  });

  it('brings the interaction and its notes back after a restart, and never stores a card number typed into them', async () => {
    const first = await signedIn();
    first.ring('restart-1', { ivr: { memberId: member(1).member.memberId, isVerified: true } });
    first.feed('connected', 'restart-1');
    const { id } = (await first.h['interactions:get-current'](undefined))!;
    await first.h['interactions:save-notes']({ interactionId: id, notes: 'Wants paper bills.' });
    const dispatcher = createInvokeDispatcher({ handlers: first.h, isTrustedSender: () => true, logger: createSilentLogger() });
    expect(await dispatcher.dispatch('interactions:save-notes', { interactionId: id, notes: 'card 4111 1111 1111 1111 exp 08/27' }, { origin: 'app://rep-console' })).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'That looks like a card number. Never type card numbers into notes.' },
    });
    await first.services.close();
    running.splice(running.indexOf(first), 1);
    const stored = ['', '-wal'].map((s) => { try { return readFileSync(join(first.userDataDir, 'store', `console-store.sqlite${s}`), 'latin1'); } catch { return ''; } }).join('');
    expect(stored).not.toContain('4111');
    expect(stored).not.toContain('paper bills');

    const again = await signedIn({ userDataDir: first.userDataDir });
    expect(await again.h['interactions:get-current'](undefined)).toMatchObject({ id, phase: 'wrap_up', notes: 'Wants paper bills.', disclosure: 'full' });
    expect(agentStateInSandbox()).toMatchObject({ state: 'wrap_up' });
    await again.h['interactions:finish-wrap-up']({ interactionId: id, dispositionCode: 'GENERAL_INFO', summary: 'Paper bills requested.' });
    await again.logged(SAVED);
    expect(savedInSandbox([id])).toEqual([expect.objectContaining({ notes: 'Wants paper bills.', answeredAt: expect.any(String) })]);
  });

  it('keeps finished interactions while the backend is down and sends them in order, once each, when it is back', async () => {
    const c = await signedIn();
    await sandbox.sandbox.close();
    const ids: string[] = [];
    for (const [index, callId] of ['down-1', 'down-2'].entries()) {
      const id = await answeredCall(c, callId, member(2 + index));
      await c.h['interactions:finish-wrap-up']({ interactionId: id, dispositionCode: 'GENERAL_INFO', summary: `Call ${index + 1}.` });
      ids.push(id);
    }
    await c.logged('interaction record not sent; it waits in the outbox');
    const file = new Database(join(c.userDataDir, 'store', 'console-store.sqlite'), { readonly: true });
    expect(file.prepare("SELECT interaction_id FROM interaction_outbox WHERE status = 'pending' ORDER BY seq").pluck().all()).toEqual(ids);
    file.close();
    expect(savedInSandbox(ids)).toEqual([]);

    await sandbox.restart();
    await c.logged(SAVED, 2);
    expect(savedInSandbox(ids).map((record) => record.summary).sort()).toEqual(['Call 1.', 'Call 2.']);
    // Sent one after the other, oldest first (the sandbox's clock may give both the same millisecond).
    expect(c.logLines().filter((line) => line.msg === SAVED).map((line) => line.interactionId)).toEqual(ids);
  });

  it('reports away with its reason, and offline at sign-out', async () => {
    const c = await signedIn();
    expect(await c.h['interactions:set-agent-state']({ state: 'away', awayReason: 'lunch' })).toMatchObject({ state: 'away', awayReason: 'lunch' });
    await c.h['session:sign-out'](undefined);
    expect(agentStateInSandbox()).toMatchObject({ state: 'offline' });
  });
});

function member(index: number): MemberProfile {
  return members[index]!;
}
