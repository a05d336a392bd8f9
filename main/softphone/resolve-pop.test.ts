import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestSandbox, type TestSandbox } from '../../sandbox/testing/start-test-sandbox';
import type { CallInfo } from '../../shared/calls/call-events';
import type { CallPopped } from '../../shared/calls/call-views';
import { formatPhone } from '../../shared/lib/phone';
import { createFileKeyStore } from '../cache/create-file-key-store';
import { createSilentLogger } from '../logging/create-logger';
import { ConfigSchema } from '../policy/config-schema';
import { createConsoleServices, type ConsoleServices } from '../services/create-console-services';

interface Fixtures {
  unique: { memberId: string; phone: string };
  /** Another member alone on their number, popped by one test only. */
  warm: { memberId: string; phone: string };
  shared: { phone: string; memberIds: string[] };
  bayside: { memberId: string; mbi: string; phone: string };
  unknownPhone: string;
}

/** Gives the second Northstar member on a number of their own the first one's number; returns it. */
function shareOnePhone(db: Database.Database): string {
  const [first, second] = db
    .prepare<[], { memberKey: number; phone: string }>("SELECT member_key AS memberKey, phone FROM members WHERE client_id = 'northstar' AND phone IN (SELECT phone FROM members GROUP BY phone HAVING COUNT(*) = 1) ORDER BY member_key DESC LIMIT 2")
    .all();
  db.prepare('UPDATE members SET phone = ? WHERE member_key = ?').run(first!.phone, second!.memberKey);
  return first!.phone;
}

let sandbox: TestSandbox;
let fixtures: Fixtures;
const open: ConsoleServices[] = [];

beforeAll(async () => {
  sandbox = await startTestSandbox();
  const db = new Database(join(sandbox.dir, 'sandbox.sqlite'));
  try {
    const byPhone = (count: number) => `SELECT phone FROM members GROUP BY phone HAVING COUNT(*) = ${count} ORDER BY MIN(member_key)`;
    const [unique, warm] = db.prepare<[], { memberId: string; phone: string }>(`SELECT member_id AS memberId, phone FROM members WHERE phone IN (${byPhone(1)}) AND client_id = 'northstar' ORDER BY member_key LIMIT 2`).all();
    // A household on one line: two members on the same number (the seed's own, or two made to share one).
    const sharedPhone = db.prepare<[], string>(`${byPhone(2)} LIMIT 1`).pluck().get() ?? shareOnePhone(db);
    const sharedIds = db.prepare<[string], string>('SELECT member_id FROM members WHERE phone = ? ORDER BY member_id').pluck().all(sharedPhone);
    const bayside = db.prepare<[], Fixtures['bayside']>(`SELECT member_id AS memberId, mbi, phone FROM members WHERE client_id = 'bayside' AND phone IN (${byPhone(1)}) ORDER BY member_key LIMIT 1`).get()!;
    const unknownPhone = ['+12025550100', '+12025550177', '+13125550188'].find((p) => db.prepare('SELECT 1 FROM members WHERE phone = ?').get(p) === undefined)!;
    expect(sharedIds).toHaveLength(2);
    fixtures = { unique: unique!, warm: warm!, shared: { phone: sharedPhone, memberIds: sharedIds }, bayside, unknownPhone };
  } finally {
    db.close();
  }
});

afterAll(async () => {
  await Promise.all(open.map((s) => s.close()));
  await sandbox.stop();
});

async function signedIn(username = 'rep1') {
  const userDataDir = mkdtempSync(join(tmpdir(), 'pop-user-'));
  const services = createConsoleServices({
    config: ConfigSchema.parse({ backend: { url: sandbox.sandbox.url, timeoutMs: 2_000, maxRetries: 0 }, softphone: { linkPort: 0 } }),
    userDataDir,
    keyStore: createFileKeyStore({ filePath: join(userDataDir, 'cache', 'cache.key') }),
    logger: createSilentLogger(),
    host: 'web',
    version: '0.0.0-test',
  });
  open.push(services);
  await services.handlers['session:sign-in']({ username, password: 'sandbox' });
  const pops: CallPopped[] = [];
  services.events.subscribe((channel, payload) => channel === 'calls:popped' && pops.push(payload as CallPopped));
  let n = 0;
  /** Rings a new call through the CTI driver (any driver pops the same way) and waits for its pop. */
  const ring = (call: Partial<CallInfo>) => {
    const callId = call.callId ?? `pop-${username}-${(n += 1)}`;
    services.calls.calls.handleEvent({ type: 'ringing', call: { callId, ani: null, dialledNumber: null, direction: 'inbound', queue: null, agentExtension: null, ivr: null, ...call } }, 'cti');
    return popOf(callId);
  };
  const popOf = (callId: string) =>
    new Promise<CallPopped['target']>((resolve) => {
      const found = () => pops.find((p) => p.callId === callId);
      const existing = found();
      if (existing) return resolve(existing.target);
      const stop = services.events.subscribe((channel, payload) => {
        if (channel === 'calls:popped' && (payload as CallPopped).callId === callId) {
          stop();
          resolve((payload as CallPopped).target);
        }
      });
    });
  return { services, ring, pops };
}

let rep1: Awaited<ReturnType<typeof signedIn>>;
beforeAll(async () => {
  rep1 = await signedIn();
});

describe('the screen pop, against a real sandbox', () => {
  it('opens the one member whose phone is the caller’s number, however the phone system writes it', async () => {
    const national = formatPhone(fixtures.unique.phone).replace(/\D/g, '');
    for (const ani of [fixtures.unique.phone, national, `1${national}`, `1-${national.slice(0, 3)}-${national.slice(3, 6)}-${national.slice(6)}`, `sip:${fixtures.unique.phone}@pbx.example`]) {
      expect(await rep1.ring({ ani }), ani).toEqual({ kind: 'member', memberId: fixtures.unique.memberId });
    }
  });

  it('fetches the member into the cache by itself, before the screen asks', async () => {
    const { handlers } = rep1.services;
    expect((await handlers['members:list-recent'](undefined)).map((r) => r.member.memberId)).not.toContain(fixtures.warm.memberId);
    expect(await rep1.ring({ ani: fixtures.warm.phone })).toEqual({ kind: 'member', memberId: fixtures.warm.memberId });
    await vi.waitFor(async () => expect((await handlers['members:list-recent'](undefined)).map((r) => r.member.memberId)).toContain(fixtures.warm.memberId));
    expect(await handlers['members:open']({ memberId: fixtures.warm.memberId })).toMatchObject({ source: 'cache' });
  });

  it('offers a chooser when members share the number (a household on one line)', async () => {
    const target = await rep1.ring({ ani: fixtures.shared.phone });
    expect(target.kind).toBe('choose');
    if (target.kind !== 'choose') return;
    expect(target.candidates.map((c) => c.summary.memberId).sort()).toEqual(fixtures.shared.memberIds);
  });

  it('opens the search with the number typed in when no member has it', async () => {
    expect(await rep1.ring({ ani: fixtures.unknownPhone })).toEqual({ kind: 'search', query: formatPhone(fixtures.unknownPhone) });
  });

  it('opens an empty search for a withheld number with nothing from the IVR', async () => {
    expect(await rep1.ring({ ani: null })).toEqual({ kind: 'empty_search' });
    expect(await rep1.ring({ ani: 'anonymous' })).toEqual({ kind: 'empty_search' });
  });

  it('lets the IVR’s member ID or MBI win over the caller’s number', async () => {
    const bySharedLine = { ani: fixtures.shared.phone };
    expect(await rep1.ring({ ...bySharedLine, ivr: { memberId: fixtures.bayside.memberId.toLowerCase(), isVerified: true } })).toEqual({ kind: 'member', memberId: fixtures.bayside.memberId });
    expect(await rep1.ring({ ...bySharedLine, ivr: { mbi: fixtures.bayside.mbi } })).toEqual({ kind: 'member', memberId: fixtures.bayside.memberId });
    // A member ID keyed wrong is ignored, and the number decides.
    expect((await rep1.ring({ ani: fixtures.unique.phone, ivr: { memberId: 'NOT-AN-ID' } }))).toEqual({ kind: 'member', memberId: fixtures.unique.memberId });
  });

  it('never opens, from an IVR member ID, a member of a client the rep does not serve', async () => {
    const rep2 = await signedIn('rep2');
    expect(await rep2.ring({ ani: fixtures.unknownPhone, ivr: { memberId: fixtures.bayside.memberId } })).toEqual({ kind: 'search', query: formatPhone(fixtures.unknownPhone) });
    expect(await rep2.ring({ ani: null, ivr: { memberId: fixtures.bayside.memberId } })).toEqual({ kind: 'search', query: fixtures.bayside.memberId });
  });

  it('pops once for a ringing event replayed, and never on hang-up', async () => {
    const call = { callId: 'replayed-ring', ani: fixtures.unique.phone };
    const first = rep1.ring(call);
    rep1.ring(call);
    await first;
    rep1.services.calls.calls.handleEvent({ type: 'ended', callId: 'replayed-ring' }, 'cti');
    // Another call's pop comes after any second pop of the first would have.
    await rep1.ring({ ani: fixtures.unknownPhone });
    await rep1.ring({ ani: null });
    expect(rep1.pops.filter((p) => p.callId === 'replayed-ring')).toHaveLength(1);
  });
});
