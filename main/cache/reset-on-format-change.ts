/**
 * Empties the member cache when its entries can no longer be read as they are (another key, another
 * data shape) and says which of the two it was, so lost recent lookups are never a mystery.
 */
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { z } from 'zod';
import { MemberSummarySchema } from '../../shared/domain/member';
import { MemberProfileSchema } from '../../shared/domain/member-profile';
import type { CacheCipher } from './create-cache-cipher';
import type { MemberEntryStatements } from './prepare-member-entry-statements';

/** Receives a reason and counts, never PHI: fields are safe to log as they are. */
export type CacheWarning = (message: string, fields?: Readonly<Record<string, number | string>>) => void;

type ResetReason = 'key-changed' | 'shape-changed' | 'key-or-shape-changed';

const REASON_TEXT: Record<ResetReason, string> = {
  'key-changed': 'the cache key changed',
  'shape-changed': 'the stored data shape changed with this release',
  'key-or-shape-changed': 'the cache key or the stored data shape changed',
};

/** The JSON Schema of what is stored: any change to the profile or summary schemas changes it. */
function describeEntryShape(): string {
  const schemas = [MemberProfileSchema, MemberSummarySchema].map((schema) => z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }));
  return JSON.stringify(schemas);
}

/**
 * Checks the stored key check and shape hash against this key and build, and on a mismatch deletes
 * every entry and warns with the reason and the number dropped.
 *
 * The two are kept apart (`key_check`: an HMAC of a constant under the key, revealing nothing of it;
 * `entry_shape`: an unkeyed hash) so the warning can tell a reset keychain from an upgrade. Files from
 * before the split hold one keyed `entry_format`: when it still matches, its entries are kept.
 */
export function resetOnFormatChange(db: Database.Database, sql: MemberEntryStatements, cipher: CacheCipher, warn: CacheWarning): void {
  const shape = describeEntryShape();
  const keyCheck = cipher.digest(JSON.stringify(['key-check'])).toString('hex');
  const shapeHash = createHash('sha256').update(shape).digest('hex');
  const legacyFormat = cipher.digest(JSON.stringify(['entry-format', shape])).toString('hex');

  const reconcile = db.transaction((): { reason: ResetReason; dropped: number } | null => {
    const storedKey = sql.readMeta.get('key_check')?.value;
    const storedShape = sql.readMeta.get('entry_shape')?.value;
    const legacy = sql.readMeta.get('entry_format')?.value;
    let reason: ResetReason | null = null;
    if (storedKey === undefined) {
      // A file from before the split (or a fresh one, which has no entries to drop).
      if (legacy !== legacyFormat) reason = 'key-or-shape-changed';
    } else if (storedKey !== keyCheck) {
      reason = 'key-changed';
    } else if (storedShape !== shapeHash) {
      reason = 'shape-changed';
    }
    const dropped = reason === null ? 0 : (sql.countAll.get()?.entries ?? 0);
    if (dropped > 0) sql.deleteAll.run();
    if (storedKey !== keyCheck) sql.writeMeta.run('key_check', keyCheck);
    if (storedShape !== shapeHash) sql.writeMeta.run('entry_shape', shapeHash);
    if (legacy !== undefined) sql.deleteMeta.run('entry_format');
    return reason === null || dropped === 0 ? null : { reason, dropped };
  });
  // IMMEDIATE: a second console process opening the same file must not reset it halfway through ours.
  const reset = reconcile.immediate();
  if (reset) {
    warn(`member cache emptied: ${REASON_TEXT[reset.reason]} (${reset.dropped} entries dropped)`, { reason: reset.reason, dropped: reset.dropped });
  }
}
