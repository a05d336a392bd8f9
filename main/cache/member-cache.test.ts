import { afterEach, describe, expect, it } from 'vitest';
import { RecentMemberSchema } from '../../shared/ipc/views';
import { buildMemberProfile } from './test-fixtures/build-member-profile';
import { openTestCache } from './test-fixtures/open-test-cache';
import { useTempDir } from './test-fixtures/use-temp-dir';

const REP = 'rep.amoreno';
const OTHER_REP = 'rep.bkowalski';
const MINUTE = 60_000;

const tempDir = useTempDir();
const opened: Array<{ db: { close(): void } }> = [];
afterEach(() => opened.splice(0).forEach(({ db }) => db.close()));

function open(overrides: Parameters<typeof openTestCache>[1] = {}) {
  const handle = openTestCache(tempDir(), overrides);
  opened.push(handle);
  return handle;
}

function recentIds(list: ReadonlyArray<{ summary: { memberId: string } }>): string[] {
  return list.map((entry) => entry.summary.memberId);
}

describe('member cache: lookups', () => {
  it('gives back the stored profile with when it was fetched, also for a member ID typed in lower case', () => {
    const { cache, clock } = open();
    const profile = buildMemberProfile();
    const fetchedAt = new Date(clock.ms - 5 * MINUTE);
    cache.put(REP, profile, fetchedAt);

    expect(cache.get(REP, 'NSH400012345')).toEqual({ profile, fetchedAt, lastOpenedAt: new Date(clock.ms) });
    expect(cache.get(REP, ' nsh400012345 ')?.profile.member.lastName).toBe('Quattlebaum');
    expect(cache.get(REP, 'NSH499999999')).toBeNull();
  });

  it('replaces an entry when the member is fetched again', () => {
    const { cache, clock } = open();
    cache.put(REP, buildMemberProfile(), new Date(clock.ms - 10 * MINUTE));
    const updated = buildMemberProfile({ member: { phone: '+16515550199' } });
    cache.put(REP, updated, new Date(clock.ms));

    expect(cache.get(REP, 'NSH400012345')).toMatchObject({ profile: updated, fetchedAt: new Date(clock.ms) });
    expect(cache.listRecent(REP)).toHaveLength(1);
  });

  it('reports when the rep last opened the member before this lookup', () => {
    const { cache, clock } = open();
    const putAt = clock.ms;
    cache.put(REP, buildMemberProfile(), new Date(putAt));
    clock.ms += 7 * MINUTE;
    expect(cache.get(REP, 'NSH400012345')?.lastOpenedAt).toEqual(new Date(putAt));
    clock.ms += 3 * MINUTE;
    expect(cache.get(REP, 'NSH400012345')?.lastOpenedAt).toEqual(new Date(putAt + 7 * MINUTE));
  });
});

describe('member cache: expiry', () => {
  it('serves an entry up to its TTL after it was fetched, then never again', () => {
    const { cache, clock } = open({ ttlSeconds: 3_600 });
    const fetchedAt = clock.ms;
    cache.put(REP, buildMemberProfile(), new Date(fetchedAt));

    clock.ms = fetchedAt + 3_600_000;
    expect(cache.get(REP, 'NSH400012345')).not.toBeNull();
    clock.ms += 1;
    expect(cache.get(REP, 'NSH400012345')).toBeNull();
    expect(cache.listRecent(REP)).toEqual([]);
    // The expired entry was deleted, not hidden: winding the clock back does not bring it back.
    clock.ms = fetchedAt;
    expect(cache.get(REP, 'NSH400012345')).toBeNull();
  });

  it('counts from the fetch time, not from when the entry was stored or opened', () => {
    const { cache, clock } = open({ ttlSeconds: 3_600 });
    cache.put(REP, buildMemberProfile(), new Date(clock.ms - 61 * MINUTE));
    expect(cache.get(REP, 'NSH400012345')).toBeNull();
  });

  it('leaves expired entries out of the recent list and purges them from disk', () => {
    const { cache, clock, db } = open({ ttlSeconds: 3_600 });
    cache.put(REP, buildMemberProfile({ seq: 1 }), new Date(clock.ms - 50 * MINUTE));
    cache.put(REP, buildMemberProfile({ seq: 2 }), new Date(clock.ms));
    clock.ms += 20 * MINUTE;

    expect(recentIds(cache.listRecent(REP))).toEqual(['NSH400012347']);
    expect(cache.purgeExpired()).toBe(1);
    expect(db.prepare('SELECT COUNT(*) AS n FROM member_profile').get()).toEqual({ n: 1 });
  });
});

describe('member cache: recent list', () => {
  it('lists the most recently opened first, as RecentMember views built from the profile', () => {
    const { cache, clock } = open();
    for (const seq of [1, 2, 3]) {
      cache.put(REP, buildMemberProfile({ seq, participationStatus: seq === 2 ? 'pending' : 'active' }), new Date(clock.ms));
      clock.ms += MINUTE;
    }
    cache.get(REP, 'NSH400012346');

    const recent = cache.listRecent(REP);
    expect(recentIds(recent)).toEqual(['NSH400012346', 'NSH400012348', 'NSH400012347']);
    for (const entry of recent) expect(RecentMemberSchema.parse(entry)).toEqual(entry);
    const second = buildMemberProfile({ seq: 2 });
    expect(recent[2]).toMatchObject({
      summary: { firstName: second.member.firstName, city: second.member.address.city, state: 'MN', participationStatus: 'pending' },
      client: { id: 'northstar', shortName: 'Northstar' },
      lastOpenedAt: new Date(clock.ms - 2 * MINUTE).toISOString(),
    });
    expect(recentIds(cache.listRecent(REP, 2))).toEqual(['NSH400012346', 'NSH400012348']);
  });
});

describe('member cache: size caps', () => {
  it("evicts the rep's least recently opened member, not the oldest fetched", () => {
    const { cache, clock } = open({ maxEntriesPerRep: 3 });
    for (const seq of [1, 2, 3]) {
      cache.put(REP, buildMemberProfile({ seq }), new Date(clock.ms));
      clock.ms += MINUTE;
    }
    cache.get(REP, 'NSH400012346');
    clock.ms += MINUTE;
    cache.put(REP, buildMemberProfile({ seq: 4 }), new Date(clock.ms));

    expect(cache.get(REP, 'NSH400012347')).toBeNull();
    expect(recentIds(cache.listRecent(REP))).toEqual(['NSH400012349', 'NSH400012346', 'NSH400012348']);
  });

  it('does not count a refetched member twice', () => {
    const { cache, clock } = open({ maxEntriesPerRep: 2 });
    cache.put(REP, buildMemberProfile({ seq: 1 }), new Date(clock.ms));
    cache.put(REP, buildMemberProfile({ seq: 1 }), new Date(clock.ms));
    cache.put(REP, buildMemberProfile({ seq: 2 }), new Date(clock.ms));
    expect(cache.listRecent(REP)).toHaveLength(2);
  });

  it("keeps the whole file under the total cap by dropping the least recently opened entry of any rep", () => {
    const { cache, clock } = open({ maxEntriesPerRep: 10, maxEntriesTotal: 4 });
    for (const [rep, seq] of [[REP, 1], [REP, 2], [OTHER_REP, 3], [REP, 4], [OTHER_REP, 5]] as const) {
      cache.put(rep, buildMemberProfile({ seq }), new Date(clock.ms));
      clock.ms += MINUTE;
    }
    expect(recentIds(cache.listRecent(REP))).toEqual(['NSH400012349', 'NSH400012347']);
    expect(recentIds(cache.listRecent(OTHER_REP))).toEqual(['NSH400012350', 'NSH400012348']);
  });
});

describe('member cache: one partition per rep', () => {
  it("never shows one rep another rep's lookups, and clears one rep without touching the other", () => {
    const { cache, clock } = open();
    const mine = buildMemberProfile();
    const theirs = buildMemberProfile({ member: { phone: '+16515550123' } });
    cache.put(REP, mine, new Date(clock.ms));

    expect(cache.get(OTHER_REP, 'NSH400012345')).toBeNull();
    expect(cache.listRecent(OTHER_REP)).toEqual([]);

    cache.put(OTHER_REP, theirs, new Date(clock.ms));
    expect(cache.get(REP, 'NSH400012345')?.profile).toEqual(mine);
    expect(cache.get(OTHER_REP, 'NSH400012345')?.profile).toEqual(theirs);

    expect(cache.clearRep(REP)).toBe(1);
    expect(cache.get(REP, 'NSH400012345')).toBeNull();
    expect(cache.get(OTHER_REP, 'NSH400012345')?.profile).toEqual(theirs);
  });
});
