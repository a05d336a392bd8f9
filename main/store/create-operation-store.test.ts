import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCacheCipher } from '../cache/create-cache-cipher';
import { useTempDir } from '../cache/test-fixtures/use-temp-dir';
import { createOperationStore } from './create-operation-store';
import { openDurableStore } from './open-durable-store';

const dir = useTempDir();
const opened: { close(): void }[] = [];
afterEach(() => opened.splice(0).forEach((db) => db.close()));

const key = Buffer.alloc(32, 7);
const ACTION = '0b9c5a3e-58f4-4a36-9a53-3d1f1c5e2a11';
const intent = { memberId: 'NSH400012345', request: { planYear: 2026, channel: 'phone' } };

function open(masterKey = key) {
  const db = openDurableStore({ filePath: join(dir(), 'store', 'console-store.sqlite') });
  opened.push(db);
  return createOperationStore(db, createCacheCipher(masterKey));
}

describe('the durable store of rep actions', () => {
  it('makes one idempotency key per action, kept across a restart, and returns the same operation for the same action', () => {
    const first = open().begin('rep1', ACTION, 'opt-in', intent);
    expect(first.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    expect(open().begin('rep1', ACTION, 'opt-in', intent)).toEqual(first);
    expect(open().listPending('rep1').map((op) => op.actionId)).toEqual([ACTION]);
  });

  it('keeps the outcome once settled, and no longer lists the action as pending', () => {
    const store = open();
    store.begin('rep1', ACTION, 'opt-in', intent);
    store.settle('rep1', ACTION, { status: 'completed', confirmationNumber: 'M3P-7Q4K-2C9D' });
    const again = open();
    expect(again.begin('rep1', ACTION, 'opt-in', intent).outcome).toEqual({ status: 'completed', confirmationNumber: 'M3P-7Q4K-2C9D' });
    expect(again.listPending('rep1')).toEqual([]);
  });

  it('refuses the same action id with other details, or from another rep', () => {
    const store = open();
    store.begin('rep1', ACTION, 'opt-in', intent);
    expect(() => store.begin('rep1', ACTION, 'opt-in', { ...intent, request: { planYear: 2027 } })).toThrow('already sent with other details');
    expect(() => store.begin('rep1', ACTION, 'opt-out', intent)).toThrow('already sent with other details');
    expect(() => store.begin('rep2', ACTION, 'opt-in', intent)).toThrow('belongs to another rep');
  });

  it('keeps the member and the request encrypted on disk', () => {
    open().begin('rep1', ACTION, 'opt-in', intent);
    for (const db of opened.splice(0)) db.close();
    const bytes = ['', '-wal'].map((suffix) => {
      try {
        return readFileSync(join(dir(), 'store', `console-store.sqlite${suffix}`)).toString('latin1');
      } catch {
        return '';
      }
    });
    expect(bytes.join('')).not.toContain('NSH400012345');
    expect(bytes.join('')).not.toContain('planYear');
  });

  it('says so, and deletes nothing, when the key changed', () => {
    open().begin('rep1', ACTION, 'opt-in', intent);
    expect(() => open(Buffer.alloc(32, 9)).listPending('rep1')).toThrow(expect.objectContaining({ code: 'STORE_UNAVAILABLE' }));
    expect(open().listPending('rep1')).toHaveLength(1);
  });

  it('never replaces a store it cannot open: the rep is told and the file stays', async () => {
    const { writeFileSync, mkdirSync } = await import('node:fs');
    mkdirSync(join(dir(), 'store'), { recursive: true });
    writeFileSync(join(dir(), 'store', 'console-store.sqlite'), 'not a database, but maybe the only record of an action');
    expect(() => open()).toThrow(expect.objectContaining({ code: 'STORE_UNAVAILABLE', message: expect.stringContaining('Nothing was sent and nothing is lost') }));
    expect(readFileSync(join(dir(), 'store', 'console-store.sqlite'), 'utf8')).toContain('maybe the only record');
  });
});
