/**
 * The outbox alone against a real sandbox, through a proxy that can drop an answer after the backend
 * stored the record: nothing else talks to the backend here, so the dropped answer is the outbox's.
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../sandbox/database/open-database';
import { startTestSandbox, type TestSandbox } from '../../sandbox/testing/start-test-sandbox';
import type { InteractionRecord } from '../../shared/calls/interaction';
import { createBackendClient } from '../backend/create-backend-client';
import { startCuttingProxy, type CuttingProxy } from '../backend/testing/start-cutting-proxy';
import { createCacheCipher } from '../cache/create-cache-cipher';
import { useTempDir } from '../cache/test-fixtures/use-temp-dir';
import { createMemoryLogger } from '../hosts/testing/create-memory-logger';
import { createSessionService } from '../session/create-session-service';
import { createInteractionStore } from '../store/create-interaction-store';
import { openDurableStore } from '../store/open-durable-store';
import { createInteractionOutbox } from './create-interaction-outbox';

let sandbox: TestSandbox;
let proxy: CuttingProxy;
const dir = useTempDir();
const cleanups: (() => void)[] = [];

beforeAll(async () => {
  sandbox = await startTestSandbox({ members: 30 });
  proxy = await startCuttingProxy(sandbox.sandbox.url);
});
afterAll(async () => {
  await proxy.close();
  await sandbox.stop();
});
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function record(summary: string): InteractionRecord {
  const at = new Date().toISOString();
  return {
    id: randomUUID(), callId: `outbox-${randomUUID().slice(0, 8)}`, direction: 'inbound', callerNumber: null, memberId: null, verification: null,
    ringAt: at, answeredAt: at, endedAt: at, talkSeconds: 60, holdSeconds: 0, wrapUpSeconds: 10, isMissed: false,
    notes: '', summary, dispositionCode: null, actions: [],
  };
}

async function start() {
  const log = createMemoryLogger();
  const backend = createBackendClient({ baseUrl: proxy.url, timeoutMs: 2_000, maxRetries: 0, getToken: () => session.token() });
  const session = createSessionService({ backend: () => backend });
  await session.signIn({ username: 'rep1', password: 'sandbox' });
  const db = openDurableStore({ filePath: join(dir(), 'store', 'console-store.sqlite') });
  const store = createInteractionStore(db, createCacheCipher(Buffer.alloc(32, 3)));
  const outbox = createInteractionOutbox({ store: () => store, backend: () => backend, session, logger: log.logger, retryBaseMs: 20, maxRetryMs: 50 });
  cleanups.push(() => outbox.stop(), () => db.close());
  return { store, outbox, log };
}

function savedInSandbox(ids: readonly string[]): string[] {
  const db = openDatabase(sandbox.sandbox.dbPath, { purpose: 'inspect' });
  try {
    return db.prepare<[], { id: string }>('SELECT id FROM interactions').all().map((row) => row.id).filter((id) => ids.includes(id));
  } finally {
    db.close();
  }
}

describe('the interaction outbox', () => {
  it('saves a record once when the answer is lost after the backend stored it: the retry carries the same key', async () => {
    const { store, outbox, log } = await start();
    // Resolves when the outbox marks a record sent: the retry comes by itself, after its backoff.
    const sent = new Promise<void>((resolve) => {
      const markSent = store.markSent.bind(store);
      store.markSent = (...args) => {
        markSent(...args);
        resolve();
      };
    });
    const lost = record('Answer lost once.');
    store.enqueue('rep1', lost);
    const { idempotencyKey } = store.listPending('rep1')[0]!;
    proxy.cutNextAnswers(1, /^POST \/v1\/interactions$/);
    await outbox.drain();
    expect(proxy.cutCount()).toBe(1);
    expect(store.listPending('rep1')).toMatchObject([{ interactionId: lost.id, idempotencyKey, attempts: 1 }]);
    expect(savedInSandbox([lost.id])).toEqual([lost.id]); // the backend has it; the console does not know yet

    await sent;
    expect(store.listPending('rep1')).toEqual([]);
    expect(savedInSandbox([lost.id])).toEqual([lost.id]);
    expect(log.lines().filter((line) => line.msg === 'interaction record saved at the backend')).toEqual([expect.objectContaining({ interactionId: lost.id, attempts: 2 })]);
  });

  it('sends nothing later before an earlier record that is waiting', async () => {
    const { store, outbox } = await start();
    const [first, second] = [record('First.'), record('Second.')];
    store.enqueue('rep1', first);
    store.enqueue('rep1', second);
    proxy.cutNextAnswers(1, /^POST \/v1\/interactions$/);
    await outbox.drain();
    expect(store.listPending('rep1').map((item) => item.interactionId)).toEqual([first.id, second.id]);
    expect(savedInSandbox([second.id])).toEqual([]);
    await outbox.drain();
    expect(store.listPending('rep1')).toEqual([]);
    expect(savedInSandbox([first.id, second.id]).sort()).toEqual([first.id, second.id].sort());
  });
});
