/**
 * Recent member lookups kept on the rep's machine, so a repeat caller's record opens instantly and
 * stays readable when the backend is down; PHI is encrypted, partitioned per rep and expires.
 */
import type Database from 'better-sqlite3';
import type { MemberProfile } from '../../shared/domain/member-profile';
import type { RecentMember } from '../../shared/ipc/views';
import { buildMemberSummary } from './build-member-summary';
import { createCacheCipher } from './create-cache-cipher';
import { prepareMemberEntryStatements } from './prepare-member-entry-statements';
import { resetOnFormatChange, type CacheWarning } from './reset-on-format-change';

/** The database, key, limits and clock the cache runs with; limits come from IT policy. */
export interface MemberCacheOptions {
  /** From openCacheDatabase: migrated, WAL. The caller owns it and closes it. */
  readonly db: Database.Database;
  /** The 32-byte master key from a CacheKeyStore. */
  readonly key: Buffer;
  /** How long PHI may stay on disk after it was fetched. */
  readonly ttlSeconds: number;
  readonly maxEntriesPerRep: number;
  readonly maxEntriesTotal: number;
  /** Milliseconds since the epoch; injectable so tests control expiry. */
  readonly now?: () => number;
  /** Told when entries are dropped for a reason other than expiry or eviction; the text holds no PHI. */
  readonly onWarning?: CacheWarning;
}

/** A cache hit, with the times the rep needs to judge how old the record is. */
export interface CachedMember {
  readonly profile: MemberProfile;
  readonly fetchedAt: Date;
  /** When the rep opened it before this lookup (the lookup itself counts as the newest opening). */
  readonly lastOpenedAt: Date;
}

/** What the member service uses: storage details and encryption stay behind it. */
export interface MemberCache {
  put(repId: string, profile: MemberProfile, fetchedAt: Date): void;
  get(repId: string, memberId: string): CachedMember | null;
  listRecent(repId: string, limit?: number): RecentMember[];
  /** Deletes every entry past its TTL; returns how many. */
  purgeExpired(): number;
  /** Deletes one rep's entries (sign-out, "forget my recent lookups"); returns how many. */
  clearRep(repId: string): number;
}

function assertPositiveInteger(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < 1) throw new RangeError(`${name} must be a whole number of 1 or more; got ${value}.`);
}

/** What each value is bound to: moving a blob to another rep, member, column or fetch time breaks it. */
function bindingFor(column: 'profile' | 'summary', repId: string, rowKey: Buffer, fetchedAt: number): Buffer {
  return Buffer.from(JSON.stringify([column, repId, rowKey.toString('base64'), fetchedAt]));
}

/** Creates the cache over an opened database; entries written under another key or data shape are dropped. */
export function createMemberCache(options: MemberCacheOptions): MemberCache {
  const { db, ttlSeconds, maxEntriesPerRep, maxEntriesTotal } = options;
  assertPositiveInteger(ttlSeconds, 'ttlSeconds');
  assertPositiveInteger(maxEntriesPerRep, 'maxEntriesPerRep');
  assertPositiveInteger(maxEntriesTotal, 'maxEntriesTotal');
  const now = options.now ?? Date.now;
  const warn = options.onWarning ?? (() => undefined);
  const ttlMs = ttlSeconds * 1000;
  const cipher = createCacheCipher(options.key);
  const sql = prepareMemberEntryStatements(db);
  // Member IDs are HMACed per rep: the file does not show who was looked up, nor that two reps
  // looked up the same member. Trim and upper-case as MemberIdSchema does, so typed IDs still hit.
  const rowKeyFor = (repId: string, memberId: string) =>
    cipher.digest(JSON.stringify(['row', repId, memberId.trim().toUpperCase()]));

  // Reads skip schema validation (see get), which is only sound while stored entries have the
  // shape this build expects and decrypt under this key; a change to either empties the cache.
  resetOnFormatChange(db, sql, cipher, warn);

  /** A row that fails authentication was altered or damaged on disk: it goes, and the log says so. */
  const reportUndecryptable = (dropped: number) =>
    warn(
      dropped === 1 ? 'a member cache entry failed to decrypt and was dropped' : `${dropped} member cache entries failed to decrypt and were dropped`,
      { dropped },
    );

  const store = db.transaction((repId: string, profile: MemberProfile, fetchedAt: number) => {
    const rowKey = rowKeyFor(repId, profile.member.memberId);
    const recent = { summary: buildMemberSummary(profile), client: profile.client };
    const summary = cipher.seal(Buffer.from(JSON.stringify(recent)), bindingFor('summary', repId, rowKey, fetchedAt));
    const entry = sql.upsertEntry.get({ repId, rowKey, fetchedAt, openedAt: now(), summary });
    if (!entry) throw new Error('The member cache did not return the stored entry.');
    sql.upsertProfile.run(entry.id, cipher.seal(Buffer.from(JSON.stringify(profile)), bindingFor('profile', repId, rowKey, fetchedAt)));
    // Least recently opened go first: a member the rep keeps coming back to stays cached.
    const repExcess = (sql.countRep.get(repId)?.entries ?? 0) - maxEntriesPerRep;
    if (repExcess > 0) sql.deleteOldestOfRep.run(repId, repExcess);
    const totalExcess = (sql.countAll.get()?.entries ?? 0) - maxEntriesTotal;
    if (totalExcess > 0) sql.deleteOldest.run(totalExcess);
  });

  const deleteEntries = db.transaction((ids: readonly number[]) => {
    for (const id of ids) sql.deleteEntry.run(id);
  });

  return {
    put(repId, profile, fetchedAt) {
      const fetchedMs = fetchedAt.getTime();
      if (!Number.isFinite(fetchedMs)) throw new RangeError('fetchedAt must be a valid date.');
      store(repId, profile, fetchedMs);
    },

    get(repId, memberId) {
      const rowKey = rowKeyFor(repId, memberId);
      const row = sql.selectProfile.get(repId, rowKey);
      if (!row) return null;
      const nowMs = now();
      const isExpired = nowMs - row.fetched_at > ttlMs;
      const plain = isExpired ? null : cipher.open(row.body, bindingFor('profile', repId, rowKey, row.fetched_at));
      if (!plain) {
        sql.deleteEntry.run(row.id);
        if (!isExpired) reportUndecryptable(1);
        return null;
      }
      sql.touch.run(nowMs, row.id);
      // No zod parse: GCM authentication proves these bytes are exactly what put() encrypted for this
      // rep, member and fetch time under this key, and put() only receives profiles the backend client
      // already validated; resetOnFormatChange above drops entries from an older data shape.
      const profile = JSON.parse(plain.toString('utf8')) as MemberProfile;
      return { profile, fetchedAt: new Date(row.fetched_at), lastOpenedAt: new Date(row.last_opened_at) };
    },

    listRecent(repId, limit = 20) {
      const count = Math.max(0, Math.floor(limit));
      for (;;) {
        const rows = sql.selectRecent.all(repId, now() - ttlMs, count);
        const recent: RecentMember[] = [];
        const rejected: number[] = [];
        for (const row of rows) {
          const plain = cipher.open(row.summary, bindingFor('summary', repId, row.row_key, row.fetched_at));
          if (!plain) {
            rejected.push(row.id);
            continue;
          }
          const { summary, client } = JSON.parse(plain.toString('utf8')) as Pick<RecentMember, 'summary' | 'client'>;
          recent.push({ summary, client, fetchedAt: new Date(row.fetched_at).toISOString(), lastOpenedAt: new Date(row.last_opened_at).toISOString() });
        }
        if (rejected.length === 0) return recent;
        // Tampered rows are gone after this, so the next pass can fill the list from the rest.
        deleteEntries(rejected);
        reportUndecryptable(rejected.length);
      }
    },

    purgeExpired() {
      return sql.deleteFetchedBefore.run(now() - ttlMs).changes;
    },

    clearRep(repId) {
      return sql.deleteRep.run(repId).changes;
    },
  };
}
