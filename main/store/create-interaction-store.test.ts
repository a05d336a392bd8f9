import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { InteractionRecord } from '../../shared/calls/interaction';
import { createCacheCipher } from '../cache/create-cache-cipher';
import { useTempDir } from '../cache/test-fixtures/use-temp-dir';
import { createInteractionStore } from './create-interaction-store';
import { openDurableStore } from './open-durable-store';

const dir = useTempDir();
const opened: { close(): void }[] = [];
afterEach(() => opened.splice(0).forEach((db) => db.close()));

const key = Buffer.alloc(32, 7);
const filePath = () => join(dir(), 'store', 'console-store.sqlite');

function open(masterKey = key) {
  const db = openDurableStore({ filePath: filePath() });
  opened.push(db);
  return createInteractionStore(db, createCacheCipher(masterKey));
}

function record(id: string, notes = 'Asked about the March bill.'): InteractionRecord {
  return {
    id, callId: `call-${id.slice(0, 4)}`, direction: 'inbound', callerNumber: '+15552014477', memberId: 'NSH400012345', verification: null,
    ringAt: '2026-11-15T14:00:00.000Z', answeredAt: '2026-11-15T14:00:05.000Z', endedAt: '2026-11-15T14:04:05.000Z',
    talkSeconds: 240, holdSeconds: 0, wrapUpSeconds: 30, isMissed: false, notes, summary: 'Explained the bill.', dispositionCode: 'BILLING_QUESTION', actions: [],
  };
}

const FIRST = '0b9c5a3e-58f4-4a36-9a53-3d1f1c5e2a11';
const SECOND = '1c8d6b4f-69a5-4b47-8b64-4e2a2d6f3b22';

function fileBytes(): string {
  for (const db of opened.splice(0)) db.close();
  return ['', '-wal'].map((suffix) => {
    try {
      return readFileSync(filePath() + suffix).toString('latin1');
    } catch {
      return '';
    }
  }).join('');
}

describe('the durable store of interactions', () => {
  it('brings back the interaction in progress after a restart, newest first, for its own rep only', () => {
    open().saveDraft('rep1', FIRST, { notes: 'first draft' });
    open().saveDraft('rep1', FIRST, { notes: 'typed more' });
    expect(open().listDrafts('rep1')).toEqual([{ interactionId: FIRST, state: { notes: 'typed more' } }]);
    expect(open().listDrafts('rep2')).toEqual([]);
  });

  it('moves a finished interaction to the outbox once, with one key, in the order finished', () => {
    const store = open();
    store.saveDraft('rep1', FIRST, { notes: 'x' });
    store.enqueue('rep1', record(FIRST));
    store.enqueue('rep1', record(SECOND));
    store.enqueue('rep1', record(FIRST)); // finishing twice changes nothing
    const pending = open().listPending('rep1');
    expect(pending.map((item) => item.interactionId)).toEqual([FIRST, SECOND]);
    expect(pending[0]!.record).toEqual(record(FIRST));
    expect(new Set(pending.map((item) => item.idempotencyKey)).size).toBe(2);
    expect(open().listDrafts('rep1')).toEqual([]);
    expect(open().listPending('rep2')).toEqual([]);
  });

  it('keeps the key across failed attempts, and drops the record once the backend has it', () => {
    const store = open();
    store.enqueue('rep1', record(FIRST));
    const { idempotencyKey } = store.listPending('rep1')[0]!;
    store.noteFailedAttempt('rep1', FIRST, 'BACKEND_UNREACHABLE');
    expect(open().listPending('rep1')[0]).toMatchObject({ idempotencyKey, attempts: 1 });
    open().markSent('rep1', FIRST, 'INT-AAAA-BBBB');
    expect(open().listPending('rep1')).toEqual([]);
  });

  it('keeps notes, numbers and member IDs encrypted on disk, and records an MBI reveal without the MBI', () => {
    const store = open();
    store.saveDraft('rep1', FIRST, { notes: 'Daughter Rosalind says the pharmacy overcharged' });
    store.enqueue('rep1', record(SECOND, 'Rosalind called back about Eliquis'));
    expect(store.recordDisclosure('rep1', 'mbi', 'NSH400012345', SECOND)).toBe(1);
    const bytes = fileBytes();
    for (const secret of ['Rosalind', 'Eliquis', 'NSH400012345', '+15552014477', 'BILLING_QUESTION']) expect(bytes).not.toContain(secret);
  });

  it('says so, and deletes nothing, when the key changed', () => {
    open().saveDraft('rep1', FIRST, { notes: 'x' });
    expect(() => open(Buffer.alloc(32, 9)).listDrafts('rep1')).toThrow(expect.objectContaining({ code: 'STORE_UNAVAILABLE' }));
    expect(open().listDrafts('rep1')).toHaveLength(1);
  });
});
