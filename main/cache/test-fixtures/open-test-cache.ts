/** A member cache on a real SQLite file with a hand-driven clock: what every cache test starts from. */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { createMemberCache, type MemberCacheOptions } from '../member-cache';
import { openCacheDatabase } from '../open-cache-database';

/** Opens `<dir>/member-cache.sqlite` with small defaults; `clock.ms` is what the cache reads as now. */
export function openTestCache(dir: string, overrides: Partial<MemberCacheOptions> = {}) {
  const clock = { ms: Date.parse('2026-04-20T14:00:00.000Z') };
  const filePath = join(dir, 'member-cache.sqlite');
  const db = overrides.db ?? openCacheDatabase({ filePath });
  const key = overrides.key ?? randomBytes(32);
  const cache = createMemberCache({
    ttlSeconds: 3_600,
    maxEntriesPerRep: 100,
    maxEntriesTotal: 1_000,
    now: () => clock.ms,
    ...overrides,
    db,
    key,
  });
  return { cache, db, key, clock, filePath };
}
