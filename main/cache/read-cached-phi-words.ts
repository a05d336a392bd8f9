/**
 * The names and places of the members cached on this desktop, for the diagnostics scrubber: a
 * member's name inside an error message has no shape a pattern could catch, but the people whose
 * records this desktop fetched are exactly the ones its logs could mention.
 *
 * The words stay in memory for one export and go nowhere else. Read-only, like the statistics; rows
 * that do not decrypt under this key are skipped (never deleted: this is not the cache's own code).
 */
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { MemberProfile } from '../../shared/domain/member-profile';
import { createCacheCipher } from './create-cache-cipher';

/** Names (matched in any case) and the words of addresses (matched as written). */
export interface CachedPhiWords {
  readonly names: readonly string[];
  readonly places: readonly string[];
}

/** Words of an address line that say nothing on their own: numbers, suffixes, unit labels. */
const ADDRESS_FILLER = /^(\d+\w*|street|st|avenue|ave|road|rd|lane|ln|drive|dr|court|ct|boulevard|blvd|way|place|pl|apt|suite|ste|unit|north|south|east|west|n|s|e|w|po|box)$/i;

/** Same binding as member-cache.ts's `bindingFor('profile', …)`: the test beside this file fails if they drift. */
function profileBinding(repId: string, rowKey: Buffer, fetchedAt: number): Buffer {
  return Buffer.from(JSON.stringify(['profile', repId, rowKey.toString('base64'), fetchedAt]));
}

function wordsOf(text: string | null | undefined): string[] {
  return (text ?? '').split(/[\s,]+/).filter((word) => word.length >= 2);
}

/** Decrypts every readable profile in the cache file and returns its people's names and places. */
export function readCachedPhiWords(options: { filePath: string; key: Buffer; nativeBinding?: string }): CachedPhiWords {
  if (!existsSync(options.filePath)) return { names: [], places: [] };
  const names = new Set<string>();
  const places = new Set<string>();
  const cipher = createCacheCipher(options.key);
  const db = new Database(options.filePath, { readonly: true, fileMustExist: true, timeout: 2_000, ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
  try {
    const rows = db
      .prepare('SELECT e.rep_id AS repId, e.row_key AS rowKey, e.fetched_at AS fetchedAt, p.body AS body FROM member_entry e JOIN member_profile p ON p.entry_id = e.id')
      .iterate() as IterableIterator<{ repId: string; rowKey: Buffer; fetchedAt: number; body: Buffer }>;
    for (const row of rows) {
      const plain = cipher.open(row.body, profileBinding(row.repId, row.rowKey, row.fetchedAt));
      if (!plain) continue;
      const profile = JSON.parse(plain.toString('utf8')) as MemberProfile;
      const { member } = profile;
      for (const name of [member.firstName, member.lastName, ...profile.representatives.map((r) => r.name)]) wordsOf(name).forEach((w) => names.add(w));
      for (const line of [member.address.line1, member.address.line2, member.address.city]) {
        wordsOf(line).filter((word) => !ADDRESS_FILLER.test(word)).forEach((w) => places.add(w));
      }
    }
  } finally {
    db.close();
  }
  return { names: [...names], places: [...places] };
}
