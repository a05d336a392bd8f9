import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { MemberSummarySchema } from '../../shared/domain/member';
import { MemberProfileSchema } from '../../shared/domain/member-profile';
import { createCacheCipher } from './create-cache-cipher';
import type { CacheWarning } from './reset-on-format-change';
import { buildMemberProfile } from './test-fixtures/build-member-profile';
import { openTestCache } from './test-fixtures/open-test-cache';
import { useTempDir } from './test-fixtures/use-temp-dir';

const REP = 'rep.amoreno';
const tempDir = useTempDir();
const opened: Array<{ db: { close(): void; open: boolean } }> = [];
afterEach(() => opened.splice(0).forEach(({ db }) => db.open && db.close()));

function open(overrides: Parameters<typeof openTestCache>[1] = {}) {
  const onWarning = vi.fn<CacheWarning>();
  const handle = openTestCache(tempDir(), { onWarning, ...overrides });
  opened.push(handle);
  return { ...handle, onWarning };
}

/** A first run that cached three members; later opens reuse its file. */
function seed() {
  const first = open();
  for (const seq of [0, 1, 2]) first.cache.put(REP, buildMemberProfile({ seq }), new Date(first.clock.ms));
  return first;
}

const setMeta = (db: ReturnType<typeof open>['db'], name: string, value: string) =>
  db.prepare('INSERT INTO cache_meta (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value').run(name, value);
const countEntries = (db: ReturnType<typeof open>['db']) => db.prepare('SELECT COUNT(*) AS n FROM member_entry').get();

/** Every identifying value of the seeded members, none of which may reach a warning. */
const PHI = [0, 1, 2].flatMap((seq) => {
  const { member } = buildMemberProfile({ seq });
  return [member.memberId, member.mbi, member.firstName, member.lastName, member.dateOfBirth, member.phone];
});

describe('member cache: warnings when entries are dropped', () => {
  it('says nothing on a first start, a restart with the same key, or when entries expire', () => {
    const first = seed();
    first.db.close();
    const again = open({ key: first.key });
    again.clock.ms += 2 * 3_600_000;
    expect(again.cache.get(REP, 'NSH400012345')).toBeNull();
    expect(again.cache.listRecent(REP)).toEqual([]);
    expect(first.onWarning).not.toHaveBeenCalled();
    expect(again.onWarning).not.toHaveBeenCalled();
  });

  it('says once that the cache key changed, with how many entries went', () => {
    const first = seed();
    const second = open({ db: first.db, key: randomBytes(32) });

    expect(second.onWarning).toHaveBeenCalledOnce();
    expect(second.onWarning).toHaveBeenCalledWith('member cache emptied: the cache key changed (3 entries dropped)', { reason: 'key-changed', dropped: 3 });
    expect(countEntries(first.db)).toEqual({ n: 0 });
    expect(second.cache.get(REP, 'NSH400012345')).toBeNull();
    expect(second.onWarning).toHaveBeenCalledOnce();
  });

  it('tells a release that changed the stored data shape apart from a key change', () => {
    const first = seed();
    setMeta(first.db, 'entry_shape', 'shape of an older release');
    const second = open({ db: first.db, key: first.key });

    expect(second.onWarning.mock.calls).toEqual([
      ['member cache emptied: the stored data shape changed with this release (3 entries dropped)', { reason: 'shape-changed', dropped: 3 }],
    ]);
    expect(countEntries(first.db)).toEqual({ n: 0 });
  });

  it('keeps the entries of a file from before the key check when its old format record still matches', () => {
    const first = seed();
    first.db.prepare("DELETE FROM cache_meta WHERE name IN ('key_check', 'entry_shape')").run();
    // What the previous release stored: one HMAC over the JSON Schema of the profile and summary.
    const shape = JSON.stringify([MemberProfileSchema, MemberSummarySchema].map((schema) => z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' })));
    setMeta(first.db, 'entry_format', createCacheCipher(first.key).digest(JSON.stringify(['entry-format', shape])).toString('hex'));

    const upgraded = open({ db: first.db, key: first.key });
    expect(upgraded.onWarning).not.toHaveBeenCalled();
    expect(upgraded.cache.get(REP, 'NSH400012345')).not.toBeNull();
    expect(first.db.prepare("SELECT name FROM cache_meta WHERE name = 'entry_format'").get()).toBeUndefined();

    const otherKey = open({ db: first.db, key: randomBytes(32) });
    expect(otherKey.onWarning.mock.calls[0]?.[1]).toEqual({ reason: 'key-changed', dropped: 3 });
  });

  it('drops an old-format file it cannot verify, saying the key or the shape changed', () => {
    const first = seed();
    first.db.prepare("DELETE FROM cache_meta WHERE name IN ('key_check', 'entry_shape')").run();
    setMeta(first.db, 'entry_format', 'written under another key');
    const second = open({ db: first.db, key: first.key });
    expect(second.onWarning.mock.calls).toEqual([
      ['member cache emptied: the cache key or the stored data shape changed (3 entries dropped)', { reason: 'key-or-shape-changed', dropped: 3 }],
    ]);
  });

  it('reports an entry that fails to decrypt, by count only, with no member ID or name', () => {
    const { cache, db, onWarning } = seed();
    db.prepare("UPDATE member_profile SET body = substr(body, 1, 40) || x'00' || substr(body, 42) WHERE entry_id = (SELECT MIN(entry_id) FROM member_profile)").run();

    expect(cache.get(REP, 'NSH400012345')).toBeNull();
    expect(onWarning.mock.calls).toEqual([['a member cache entry failed to decrypt and was dropped', { dropped: 1 }]]);

    db.prepare("UPDATE member_entry SET summary = substr(summary, 1, 40) || x'00' || substr(summary, 42)").run();
    expect(cache.listRecent(REP)).toEqual([]);
    expect(onWarning.mock.calls[1]).toEqual(['2 member cache entries failed to decrypt and were dropped', { dropped: 2 }]);

    const logged = JSON.stringify(onWarning.mock.calls);
    for (const value of PHI) expect(logged, value).not.toContain(value);
  });
});
