import { existsSync, readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { buildMemberProfile } from './test-fixtures/build-member-profile';
import { openTestCache } from './test-fixtures/open-test-cache';
import { useTempDir } from './test-fixtures/use-temp-dir';

const REP = 'rep.amoreno';
const OTHER_REP = 'rep.bkowalski';

const tempDir = useTempDir();
const opened: Array<{ db: { close(): void; open: boolean } }> = [];
afterEach(() => opened.splice(0).forEach(({ db }) => db.open && db.close()));

function open(overrides: Parameters<typeof openTestCache>[1] = {}) {
  const handle = openTestCache(tempDir(), overrides);
  opened.push(handle);
  return handle;
}

/** Every byte SQLite has put on disk for the cache: main file, WAL and shared-memory index. */
function readDiskBytes(filePath: string): Buffer {
  return Buffer.concat(['', '-wal', '-shm'].map((suffix) => (existsSync(filePath + suffix) ? readFileSync(filePath + suffix) : Buffer.alloc(0))));
}

function entryIdOf(db: ReturnType<typeof open>['db'], repId: string): number {
  const row = db.prepare<[string], { id: number }>('SELECT id FROM member_entry WHERE rep_id = ?').get(repId);
  if (!row) throw new Error(`no entry for ${repId}`);
  return row.id;
}

describe('member cache: PHI at rest', () => {
  it('writes no member name, MBI, member ID, birth date or street to the database, WAL or shm files', () => {
    const { cache, db, clock, filePath } = open();
    const profiles = Array.from({ length: 12 }, (_, seq) => buildMemberProfile({ seq }));
    for (const profile of profiles) cache.put(REP, profile, new Date(clock.ms));
    for (const profile of profiles) expect(cache.get(REP, profile.member.memberId)).not.toBeNull();
    cache.listRecent(REP);

    const secrets = profiles.flatMap(({ member }) => [member.firstName, member.lastName, member.mbi, member.memberId, member.dateOfBirth, member.address.line1]);
    const expectNoSecrets = () => {
      const bytes = readDiskBytes(filePath);
      // The rep ID is stored in clear on purpose: finding it proves the scan reads the written data.
      expect(bytes.includes(REP)).toBe(true);
      for (const secret of secrets) expect(bytes.includes(secret), secret).toBe(false);
    };
    expectNoSecrets();
    db.pragma('wal_checkpoint(TRUNCATE)');
    expectNoSecrets();
    db.close();
    expectNoSecrets();
  });
});

describe('member cache: tampering', () => {
  it('rejects and deletes a profile whose bytes were altered', () => {
    const { cache, db, clock } = open();
    cache.put(REP, buildMemberProfile(), new Date(clock.ms));
    db.prepare('UPDATE member_profile SET body = substr(body, 1, 40) || x\'00\' || substr(body, 42)').run();

    expect(cache.get(REP, 'NSH400012345')).toBeNull();
    expect(cache.listRecent(REP)).toEqual([]);
  });

  it('rejects profiles and summaries swapped between two members', () => {
    const { cache, db, clock } = open();
    cache.put(REP, buildMemberProfile({ seq: 1 }), new Date(clock.ms));
    cache.put(REP, buildMemberProfile({ seq: 2 }), new Date(clock.ms));
    cache.put(REP, buildMemberProfile({ seq: 3 }), new Date(clock.ms));
    const rows = db.prepare<[], { id: number; summary: Buffer; body: Buffer }>(
      'SELECT e.id, e.summary, p.body FROM member_entry e JOIN member_profile p ON p.entry_id = e.id ORDER BY e.id LIMIT 2',
    ).all();
    const [a, b] = rows as [(typeof rows)[number], (typeof rows)[number]];
    for (const [to, from] of [[a, b], [b, a]] as const) {
      db.prepare('UPDATE member_entry SET summary = ? WHERE id = ?').run(from.summary, to.id);
      db.prepare('UPDATE member_profile SET body = ? WHERE entry_id = ?').run(from.body, to.id);
    }

    expect(cache.listRecent(REP).map((entry) => entry.summary.memberId)).toEqual(['NSH400012348']);
    expect(cache.get(REP, 'NSH400012346')).toBeNull();
    expect(cache.get(REP, 'NSH400012347')).toBeNull();
    expect(cache.get(REP, 'NSH400012348')?.profile.member.memberId).toBe('NSH400012348');
  });

  it("rejects one rep's profile planted in another rep's entry for the same member", () => {
    const { cache, db, clock } = open();
    cache.put(REP, buildMemberProfile({ member: { phone: '+16515550111' } }), new Date(clock.ms));
    cache.put(OTHER_REP, buildMemberProfile({ member: { phone: '+16515550222' } }), new Date(clock.ms));
    db.prepare('UPDATE member_profile SET body = (SELECT body FROM member_profile WHERE entry_id = ?) WHERE entry_id = ?').run(entryIdOf(db, REP), entryIdOf(db, OTHER_REP));

    expect(cache.get(OTHER_REP, 'NSH400012345')).toBeNull();
    expect(cache.get(REP, 'NSH400012345')?.profile.member.phone).toBe('+16515550111');
  });

  it('rejects an entry whose fetch time was moved forward to pass stale data off as fresh', () => {
    const { cache, db, clock } = open({ ttlSeconds: 3_600 });
    cache.put(REP, buildMemberProfile(), new Date(clock.ms - 50 * 60_000));
    db.prepare('UPDATE member_entry SET fetched_at = ?').run(clock.ms);

    expect(cache.get(REP, 'NSH400012345')).toBeNull();
  });
});

describe('member cache: key change', () => {
  it('treats entries written under another key as misses, deletes them, and keeps working', () => {
    const first = open();
    for (const seq of [0, 1, 2]) first.cache.put(REP, buildMemberProfile({ seq }), new Date(first.clock.ms));
    const second = openTestCache(tempDir(), { db: first.db, key: randomBytes(32) });

    expect(second.cache.get(REP, 'NSH400012345')).toBeNull();
    // All of them, not just the one looked up: PHI that no key can open has no reason to stay on disk.
    expect(first.db.prepare('SELECT COUNT(*) AS n FROM member_profile').get()).toEqual({ n: 0 });
    expect(second.cache.listRecent(REP)).toEqual([]);
    second.cache.put(REP, buildMemberProfile({ seq: 1 }), new Date(second.clock.ms));
    expect(second.cache.get(REP, 'NSH400012346')).not.toBeNull();
  });

  it('keeps entries across restarts with the same key', () => {
    const first = open();
    first.cache.put(REP, buildMemberProfile(), new Date(first.clock.ms));
    first.db.close();
    const again = open({ key: first.key });
    expect(again.cache.get(REP, 'NSH400012345')?.profile.member.memberId).toBe('NSH400012345');
  });
});
