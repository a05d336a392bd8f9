/**
 * Exactly once, end to end in main: the real services over a real durable store and cache, against a
 * real sandbox, with the answer dropped after the backend committed and with main restarted while the
 * outcome is unknown. Each test checks the sandbox database: one opt-in, one confirmation number.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { findScenarioMembers } from '../../sandbox/database/find-sample-members';
import { openDatabase } from '../../sandbox/database/open-database';
import { startTestSandbox, type TestSandbox } from '../../sandbox/testing/start-test-sandbox';
import type { OptInRequest } from '../../shared/domain/participation-changes';
import type { EventChannel } from '../../shared/ipc/contract';
import { startCuttingProxy, type CuttingProxy } from '../backend/testing/start-cutting-proxy';
import { createFileKeyStore } from '../cache/create-file-key-store';
import { createMemoryLogger } from '../hosts/testing/create-memory-logger';
import { ConfigSchema } from '../policy/config-schema';
import { createConsoleServices, type ConsoleServices } from '../services/create-console-services';
import { nextEvent as nextEventOn } from '../events/testing/next-event';

let sandbox: TestSandbox;
let proxy: CuttingProxy;
let scenarios: ReturnType<typeof findScenarioMembers>;
const running: ConsoleServices[] = [];

beforeAll(async () => {
  sandbox = await startTestSandbox({ members: 400 });
  proxy = await startCuttingProxy(sandbox.sandbox.url);
  const db = openDatabase(sandbox.sandbox.dbPath, { purpose: 'inspect' });
  scenarios = findScenarioMembers(db);
  db.close();
});
afterAll(async () => {
  await proxy.close();
  await sandbox.stop();
});
afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.close()));
});

function start(options: { userDataDir?: string; viaProxy?: boolean; maxRetries?: number } = {}) {
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'write-path-'));
  const log = createMemoryLogger();
  const services = createConsoleServices({
    config: ConfigSchema.parse({ backend: { url: options.viaProxy ? proxy.url : sandbox.sandbox.url, timeoutMs: 2_000, maxRetries: options.maxRetries ?? 2 } }),
    userDataDir,
    keyStore: createFileKeyStore({ filePath: join(userDataDir, 'cache', 'cache.key') }),
    logger: log.logger,
    host: 'web',
    version: '0.0.0-test',
  });
  running.push(services);
  const nextEvent = (channel: EventChannel) => nextEventOn(services.events, channel);
  return { h: services.handlers, services, userDataDir, log, nextEvent };
}

const optIn = (): OptInRequest => ({ planYear: 2026, channel: 'phone', requestedOn: sandbox.sandbox.asOf, authorizedBy: { kind: 'member' } });
/** Only the opt-in's answer is cut: sign-in starts background requests (agent state, the event stream) too. */
const OPT_IN_REQUEST = /^POST \/v1\/members\/[^/]+\/participation\/opt-in$/;

/** The opt-in confirmations the sandbox holds for this member and plan year. */
function optInConfirmations(memberId: string, planYear = 2026): string[] {
  const db = openDatabase(sandbox.sandbox.dbPath, { purpose: 'inspect' });
  try {
    return db
      .prepare<[string, number], { confirmation_number: string }>(
        `SELECT e.confirmation_number FROM participation_events e JOIN members m ON m.member_key = e.member_key
         WHERE m.member_id = ? AND e.plan_year = ? AND e.kind = 'opt_in_approved' AND e.actor_id IS NOT NULL`,
      )
      .all(memberId, planYear)
      .map((row) => row.confirmation_number);
  } finally {
    db.close();
  }
}

describe('the write path', () => {
  it('opts a member in once when the same action is sent twice at once and again later', async () => {
    const { h } = start();
    await h['session:sign-in']({ username: 'rep1', password: 'sandbox' });
    const memberId = scenarios.eligible[0]!;
    const input = { actionId: randomUUID(), memberId, request: optIn() };
    const [first, second] = await Promise.all([h['participation:opt-in'](input), h['participation:opt-in'](input)]);
    const third = await h['participation:opt-in'](input);
    expect(first.outcome).toMatchObject({ status: 'completed', confirmationNumber: expect.any(String) });
    expect(second.outcome).toEqual(first.outcome);
    expect(third.outcome).toEqual(first.outcome);
    expect(optInConfirmations(memberId)).toEqual([(first.outcome as { confirmationNumber: string }).confirmationNumber]);
  });

  it('opts a member in once when the answer is lost after the backend committed: the retry reuses the key', async () => {
    const { h } = start({ viaProxy: true });
    await h['session:sign-in']({ username: 'rep1', password: 'sandbox' });
    const memberId = scenarios.eligible[1]!;
    const cutBefore = proxy.cutCount();
    proxy.cutNextAnswers(1, OPT_IN_REQUEST);
    const result = await h['participation:opt-in']({ actionId: randomUUID(), memberId, request: optIn() });
    expect(proxy.cutCount()).toBe(cutBefore + 1);
    expect(result.outcome.status).toBe('completed');
    expect(optInConfirmations(memberId)).toEqual([(result.outcome as { confirmationNumber: string }).confirmationNumber]);
  });

  it('opts a member in once when main restarts while the outcome is unknown, and the screen asking again gets that outcome', async () => {
    const first = start({ viaProxy: true, maxRetries: 0 });
    await first.h['session:sign-in']({ username: 'rep1', password: 'sandbox' });
    const memberId = scenarios.eligible[2]!;
    const input = { actionId: randomUUID(), memberId, request: optIn() };
    proxy.cutNextAnswers(1, OPT_IN_REQUEST);
    await expect(first.h['participation:opt-in'](input)).rejects.toMatchObject({ code: expect.stringMatching(/^BACKEND_/) });
    expect(optInConfirmations(memberId)).toHaveLength(1); // the backend did it; main does not know yet
    await first.services.close();
    running.splice(running.indexOf(first.services), 1);

    const restarted = start({ userDataDir: first.userDataDir });
    const settled = restarted.nextEvent('members:profile-refreshed');
    await restarted.h['session:sign-in']({ username: 'rep1', password: 'sandbox' });
    expect(await settled).toMatchObject({ profile: { participation: { status: 'active', planYear: 2026 } } });
    const again = await restarted.h['participation:opt-in'](input);
    expect(again.outcome).toEqual({ status: 'completed', confirmationNumber: optInConfirmations(memberId)[0] });
    expect(optInConfirmations(memberId)).toHaveLength(1);
  });

  it('never sends again on its own an action the rep gave up on, nor one older than the backend keeps keys', async () => {
    const first = start({ viaProxy: true, maxRetries: 0 });
    await first.h['session:sign-in']({ username: 'rep1', password: 'sandbox' });
    const [abandonedMember, oldMember] = [scenarios.eligible[4]!, scenarios.withRepresentative[0]!];
    const abandoned = { actionId: randomUUID(), memberId: abandonedMember, request: optIn() };
    const old = { actionId: randomUUID(), memberId: oldMember, request: optIn() };
    // Neither reaches a handler: the sandbox drops both connections before acting, so both stay pending.
    sandbox.sandbox.faults.set({ dropNext: 2 });
    await expect(first.h['participation:opt-in'](abandoned)).rejects.toMatchObject({ code: expect.stringMatching(/^BACKEND_/) });
    await expect(first.h['participation:opt-in'](old)).rejects.toMatchObject({ code: expect.stringMatching(/^BACKEND_/) });
    sandbox.sandbox.faults.clear();
    await first.h['operations:abandon']({ actionId: abandoned.actionId });
    await first.services.close();
    running.splice(running.indexOf(first.services), 1);
    const db = new Database(join(first.userDataDir, 'store', 'console-store.sqlite'));
    db.prepare('UPDATE operation SET created_at = created_at - ? WHERE action_id = ?').run(25 * 60 * 60 * 1000, old.actionId);
    db.close();

    const restarted = start({ userDataDir: first.userDataDir });
    await restarted.h['session:sign-in']({ username: 'rep1', password: 'sandbox' });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(optInConfirmations(abandonedMember)).toEqual([]);
    expect(optInConfirmations(oldMember)).toEqual([]);
    await expect(restarted.h['participation:opt-in'](old)).rejects.toMatchObject({ code: 'OUTCOME_UNKNOWN', message: expect.stringContaining("Check the member's record") });
    expect(optInConfirmations(oldMember)).toEqual([]);
  });

  it('answers a business refusal as data with its code: not an error, not a backend fault, the session goes on', async () => {
    const { h, log } = start();
    await h['session:sign-in']({ username: 'rep1', password: 'sandbox' });
    const result = await h['participation:opt-in']({ actionId: randomUUID(), memberId: scenarios.active[0]!, request: optIn() });
    expect(result).toMatchObject({ outcome: { status: 'refused', code: 'ALREADY_PARTICIPATING', message: expect.any(String) }, view: null });
    expect(log.lines().filter((line) => line.msg === 'payer backend call failed')).toEqual([]);
    expect(await h['session:get-current'](undefined)).not.toBeNull();
  });

  it('puts the changed record in the cache, so reopening the member never shows the state before the change', async () => {
    const { h } = start();
    await h['session:sign-in']({ username: 'rep1', password: 'sandbox' });
    const memberId = scenarios.eligible[3]!;
    expect((await h['members:open']({ memberId })).profile?.participation.status).not.toBe('active');
    await h['participation:opt-in']({ actionId: randomUUID(), memberId, request: optIn() });
    const reopened = await h['members:open']({ memberId });
    expect(reopened).toMatchObject({ source: 'cache', profile: { participation: { status: 'active', planYear: 2026 } } });
  });

  it('pauses changes with a clear message when the durable store cannot open, and keeps reading', async () => {
    const userDataDir = mkdtempSync(join(tmpdir(), 'write-path-broken-'));
    const { mkdirSync, writeFileSync } = await import('node:fs');
    mkdirSync(join(userDataDir, 'store'), { recursive: true, mode: 0o700 });
    writeFileSync(join(userDataDir, 'store', 'console-store.sqlite'), 'damaged', { mode: 0o600 });
    const { h } = start({ userDataDir });
    await h['session:sign-in']({ username: 'rep1', password: 'sandbox' });
    await expect(h['members:open']({ memberId: scenarios.eligible[4]! })).resolves.toMatchObject({ source: 'backend' });
    await expect(h['participation:opt-in']({ actionId: randomUUID(), memberId: scenarios.eligible[4]!, request: optIn() })).rejects.toMatchObject({
      code: 'STORE_UNAVAILABLE',
      message: expect.stringContaining('Changes are paused'),
    });
  });
});
