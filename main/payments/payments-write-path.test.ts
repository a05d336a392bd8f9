/**
 * Money exactly once, end to end in main: the real services over a real durable store and cache, a real
 * sandbox and its processor stand-in. A payment sent twice at once, one whose answer is lost after the
 * backend committed, and one whose main restarts before the answer: each charges once, checked in the
 * sandbox database. A decline is an outcome with its code; card digits never reach disk or the log.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { findScenarioMembers } from '../../sandbox/database/find-sample-members';
import { openDatabase } from '../../sandbox/database/open-database';
import { startTestSandbox, type TestSandbox } from '../../sandbox/testing/start-test-sandbox';
import type { TakePaymentRequest } from '../../shared/domain/payment-changes';
import type { ChangeOutcome } from '../../shared/ipc/views';
import { startCuttingProxy, type CuttingProxy } from '../backend/testing/start-cutting-proxy';
import { createFileKeyStore } from '../cache/create-file-key-store';
import { nextEvent } from '../events/testing/next-event';
import { createMemoryLogger } from '../hosts/testing/create-memory-logger';
import { ConfigSchema } from '../policy/config-schema';
import { createConsoleServices, type ConsoleServices } from '../services/create-console-services';

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
  for (const memberId of scenarios.withBalanceDue) seeded.set(memberId, new Set(newPayments(memberId, new Set()).map((row) => row.confirmation_number)));
}, 120_000);
afterAll(async () => {
  await proxy.close();
  await sandbox.stop();
});
afterEach(async () => {
  await Promise.all(running.splice(0).map((s) => s.close()));
});

function start(options: { userDataDir?: string; viaProxy?: boolean; maxRetries?: number; hasProcessor?: boolean } = {}) {
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'payments-path-'));
  const log = createMemoryLogger();
  const services = createConsoleServices({
    config: ConfigSchema.parse({
      backend: { url: options.viaProxy ? proxy.url : sandbox.sandbox.url, timeoutMs: 2_000, maxRetries: options.maxRetries ?? 2 },
      processor: options.hasProcessor === false ? {} : { url: sandbox.sandbox.processorUrl, timeoutMs: 2_000 },
    }),
    userDataDir,
    keyStore: createFileKeyStore({ filePath: join(userDataDir, 'cache', 'cache.key') }),
    logger: log.logger,
    host: 'web',
    version: '0.0.0-test',
  });
  running.push(services);
  return { h: services.handlers, services, userDataDir, log };
}

async function signedIn(options: Parameters<typeof start>[0] = {}) {
  const started = start(options);
  await started.h['session:sign-in']({ username: 'rep1', password: 'sandbox' });
  return started;
}

/** The payments the sandbox holds for this member that were not there before, by confirmation number. */
function newPayments(memberId: string, before: ReadonlySet<string> = seeded.get(memberId) ?? new Set()): { confirmation_number: string; amount_cents: number }[] {
  const db = openDatabase(sandbox.sandbox.dbPath, { purpose: 'inspect' });
  try {
    return db
      .prepare<[string], { confirmation_number: string; amount_cents: number }>(
        'SELECT p.confirmation_number, p.amount_cents FROM payments p JOIN members m ON m.member_key = p.member_key WHERE m.member_id = ? ORDER BY p.seq',
      )
      .all(memberId)
      .filter((row) => !before.has(row.confirmation_number));
  } finally {
    db.close();
  }
}

/** Each payment member's seeded payments, read once before any test pays. */
const seeded = new Map<string, ReadonlySet<string>>();

/** The current bill with the default method, as step 1 and 2 would choose them. */
async function currentBill(h: ConsoleServices['handlers'], memberId: string): Promise<TakePaymentRequest> {
  const { profile } = await h['members:open']({ memberId, forceRefresh: true });
  const bill = profile?.billing?.bills.filter((b) => b.status === 'due').at(0);
  const method = profile?.payments.methods.find((m) => m.isDefault);
  if (!bill || !method) throw new Error(`${memberId} has no bill due or no default method.`);
  return { amountCents: bill.billCents - bill.paidCents, amountChoice: 'current_bill', methodId: method.id, authorizedBy: { kind: 'member' } };
}

const confirmationOf = (outcome: ChangeOutcome) => (outcome.status === 'refused' ? '' : outcome.confirmationNumber);

describe('payments through the write path', () => {
  it('charges once when the same payment is sent twice at once and again later', async () => {
    const { h } = await signedIn();
    const memberId = scenarios.withBalanceDue[0]!;
    const input = { actionId: randomUUID(), memberId, request: await currentBill(h, memberId) };
    const [first, second] = await Promise.all([h['payments:take'](input), h['payments:take'](input)]);
    const third = await h['payments:take'](input);
    expect(first.outcome).toMatchObject({ status: 'completed', confirmationNumber: expect.any(String) });
    expect([second.outcome, third.outcome]).toEqual([first.outcome, first.outcome]);
    expect(newPayments(memberId)).toEqual([{ confirmation_number: confirmationOf(first.outcome), amount_cents: input.request.amountCents }]);
    expect(first.view?.profile?.billing?.bills.find((b) => b.status === 'due')).toBeUndefined();
  });

  it('charges once when the answer is lost after the backend committed: the retry reuses the key', async () => {
    const { h } = await signedIn({ viaProxy: true });
    const memberId = scenarios.withBalanceDue[1]!;
    const request = await currentBill(h, memberId);
    proxy.cutNextAnswers(1, /^POST \/v1\/members\/[^/]+\/payments$/);
    const result = await h['payments:take']({ actionId: randomUUID(), memberId, request });
    expect(result.outcome.status).toBe('completed');
    expect(newPayments(memberId)).toEqual([{ confirmation_number: confirmationOf(result.outcome), amount_cents: request.amountCents }]);
  });

  it('charges once when main restarts between send and answer, and the screen asking again gets that outcome', async () => {
    const first = await signedIn({ viaProxy: true, maxRetries: 0 });
    const memberId = scenarios.withBalanceDue[2]!;
    const input = { actionId: randomUUID(), memberId, request: await currentBill(first.h, memberId) };
    proxy.cutNextAnswers(1, /^POST \/v1\/members\/[^/]+\/payments$/);
    await expect(first.h['payments:take'](input)).rejects.toMatchObject({ code: expect.stringMatching(/^BACKEND_/) });
    expect(newPayments(memberId)).toHaveLength(1);
    await first.services.close();
    running.splice(running.indexOf(first.services), 1);

    const restarted = start({ userDataDir: first.userDataDir });
    const settled = nextEvent(restarted.services.events, 'members:profile-refreshed');
    await restarted.h['session:sign-in']({ username: 'rep1', password: 'sandbox' });
    await settled;
    const again = await restarted.h['payments:take'](input);
    expect(again.outcome).toEqual({ status: 'completed', confirmationNumber: newPayments(memberId)[0]?.confirmation_number });
    expect(newPayments(memberId)).toHaveLength(1);
  });

  it('answers a decline as an outcome with its code, charges nothing, and logs no backend fault', async () => {
    const { h, log } = await signedIn();
    const memberId = scenarios.withBalanceDue[3]!;
    const card = { kind: 'card', number: '4000 0000 0000 9995', expMonth: 12, expYear: 2030, securityCode: '123', postalCode: '62701' } as const;
    const tokenized = await h['payments:tokenize'](card);
    if (tokenized.status !== 'tokenized') throw new Error(`not tokenised: ${tokenized.code}`);
    expect(tokenized.method).toMatchObject({ kind: 'card', brand: 'Visa', last4: '9995' });
    const added = await h['payments:add-method']({ actionId: randomUUID(), memberId, request: { token: tokenized.method.token, makeDefault: false, authorizedBy: { kind: 'member' } } });
    const method = added.view?.profile?.payments.methods.find((m) => m.last4 === '9995');
    expect(added.outcome.status).toBe('completed');
    const request = { ...(await currentBill(h, memberId)), methodId: method!.id };
    const declined = await h['payments:take']({ actionId: randomUUID(), memberId, request });
    expect(declined).toMatchObject({ outcome: { status: 'refused', code: 'DECLINED_INSUFFICIENT_FUNDS', message: expect.any(String) }, view: null });
    expect(newPayments(memberId)).toEqual([]);
    expect(log.lines().filter((line) => String(line.msg).includes('call failed'))).toEqual([]);
  });

  it('answers a card the processor refuses as data, and says plainly when no processor is configured', async () => {
    const { h } = await signedIn();
    expect(await h['payments:tokenize']({ kind: 'card', number: '4242424242424241', expMonth: 12, expYear: 2030, securityCode: '123', postalCode: '62701' })).toMatchObject({
      status: 'refused',
      code: 'CARD_NUMBER_INVALID',
    });
    const bare = await signedIn({ hasProcessor: false });
    await expect(bare.h['payments:tokenize']({ kind: 'bank', routingNumber: '011000015', accountNumber: '000123456789', accountType: 'checking' })).rejects.toMatchObject({
      code: 'BACKEND_ERROR',
      message: expect.stringContaining('processor.url'),
    });
  });

  it('keeps no card digit or security code in the store, the cache, the keys or the log', async () => {
    const { h, log, userDataDir, services } = await signedIn();
    const memberId = scenarios.withBalanceDue[4]!;
    // Luhn-valid and used nowhere else, so finding it anywhere means it leaked.
    const number = '4929180774669931';
    const securityCode = '7391';
    const tokenized = await h['payments:tokenize']({ kind: 'card', number: `${number.slice(0, 4)} ${number.slice(4, 8)} ${number.slice(8, 12)} ${number.slice(12)}`, expMonth: 9, expYear: 2031, securityCode: securityCode.slice(0, 3), postalCode: '62701' });
    if (tokenized.status !== 'tokenized') throw new Error(`not tokenised: ${tokenized.code}`);
    const added = await h['payments:add-method']({ actionId: randomUUID(), memberId, request: { token: tokenized.method.token, makeDefault: true, authorizedBy: { kind: 'member' } } });
    const methodId = added.view?.profile?.payments.methods.find((m) => m.last4 === '9931')?.id;
    const paid = await h['payments:take']({ actionId: randomUUID(), memberId, request: { ...(await currentBill(h, memberId)), methodId: methodId! } });
    expect(paid.outcome.status).toBe('completed');
    await services.close();
    running.splice(running.indexOf(services), 1);

    const files = (function walk(dir: string): string[] {
      return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));
    })(userDataDir);
    const contents = files.map((file) => readFileSync(file).toString('latin1'));
    // The scan reads every file, WAL included: the rep's id is stored in clear in the durable store.
    expect(files.some((file) => file.endsWith('console-store.sqlite') || file.endsWith('console-store.sqlite-wal'))).toBe(true);
    expect(contents.some((text) => text.includes('rep1'))).toBe(true);
    for (const text of [...contents, JSON.stringify(log.lines())]) {
      expect(text).not.toContain(number);
      expect(text).not.toContain(number.slice(4));
      expect(text).not.toContain(`"${securityCode.slice(0, 3)}"`);
    }
  });

  it('saves a refund above the threshold for a team lead, and one below it at once', async () => {
    const { h } = await signedIn();
    for (const [memberId, isWhole, status] of [
      [scenarios.withLargeOverpayment[0]!, false, 'completed'],
      [scenarios.withLargeOverpayment[1]!, true, 'pending_approval'],
    ] as const) {
      const { profile } = await h['members:open']({ memberId, forceRefresh: true });
      const { refundApprovalThresholdCents } = await h['clients:get-rules']({ clientId: profile!.client.id });
      const overpaymentCents = profile!.payments.overpaymentCents;
      const amountCents = isWhole ? overpaymentCents : refundApprovalThresholdCents;
      const result = await h['refunds:request']({ actionId: randomUUID(), memberId, request: { kind: 'member_refund', amountCents, authorizedBy: { kind: 'member' }, destination: { type: 'check' } } });
      expect(result.outcome.status).toBe(status);
      expect(result.view?.profile?.payments.overpaymentCents).toBe(overpaymentCents - amountCents);
    }
  });

  it('enrols autopay with a draft day and stops it', async () => {
    const { h } = await signedIn();
    const memberId = scenarios.withAutopay[0]!;
    const { profile } = await h['members:open']({ memberId, forceRefresh: true });
    const methodId = profile!.payments.autopay.methodId!;
    const enrolled = await h['payments:enrol-autopay']({ actionId: randomUUID(), memberId, request: { methodId, dayOfMonth: 7, authorizedBy: { kind: 'member' } } });
    expect(enrolled.view?.profile?.payments).toMatchObject({ autopay: { isEnrolled: true, dayOfMonth: 7 }, nextAutopayDraft: { on: expect.stringMatching(/-07$/) } });
    const stopped = await h['payments:stop-autopay']({ actionId: randomUUID(), memberId, request: { authorizedBy: { kind: 'member' } } });
    expect(stopped.view?.profile?.payments).toMatchObject({ autopay: { isEnrolled: false }, nextAutopayDraft: null });
    const again = await h['payments:stop-autopay']({ actionId: randomUUID(), memberId, request: { authorizedBy: { kind: 'member' } } });
    expect(again.outcome).toMatchObject({ status: 'refused', code: 'AUTOPAY_NOT_ENROLLED' });
  });
});
