/**
 * Measures what a rep waits for when a repeat caller's record opens from the cache: the p95 of
 * `get` with 50,000 members cached, against the 1 ms target.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createMemberCache } from '../main/cache/member-cache';
import { openCacheDatabase } from '../main/cache/open-cache-database';
import { buildMemberProfile } from '../main/cache/test-fixtures/build-member-profile';
import { percentile } from './percentile';

const MEMBERS = 50_000;
const WARM_UP_LOOKUPS = 1_000;
const MEASURED_LOOKUPS = 5_000;
const FILL_BATCH = 1_000;
const REP = 'rep.bench';

/** Fills a temporary cache with 50,000 members for one rep and returns the p95 `get` latency in ms. */
export async function measureCacheLookup(): Promise<{ value: number; unit: 'ms'; target: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'rep-console-bench-cache-'));
  const db = openCacheDatabase({ filePath: join(dir, 'member-cache.sqlite') });
  try {
    const cache = createMemberCache({ db, key: randomBytes(32), ttlSeconds: 24 * 3600, maxEntriesPerRep: MEMBERS, maxEntriesTotal: MEMBERS });
    const memberIds: string[] = [];
    // Batches share a transaction only to fill faster; each put still runs its own eviction.
    const fill = db.transaction((from: number) => {
      for (let seq = from; seq < Math.min(from + FILL_BATCH, MEMBERS); seq += 1) {
        const profile = buildMemberProfile({ seq });
        cache.put(REP, profile, new Date());
        memberIds.push(profile.member.memberId);
      }
    });
    for (let from = 0; from < MEMBERS; from += FILL_BATCH) fill(from);
    db.pragma('wal_checkpoint(TRUNCATE)');

    const randomMemberId = () => memberIds[Math.floor(Math.random() * memberIds.length)] ?? '';
    for (let i = 0; i < WARM_UP_LOOKUPS; i += 1) cache.get(REP, randomMemberId());
    const samples: number[] = [];
    for (let i = 0; i < MEASURED_LOOKUPS; i += 1) {
      const memberId = randomMemberId();
      const started = performance.now();
      const hit = cache.get(REP, memberId);
      samples.push(performance.now() - started);
      if (!hit) throw new Error(`Member ${memberId} was not in the cache.`);
    }
    return { value: Number(percentile(samples, 95).toFixed(3)), unit: 'ms', target: 1 };
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(JSON.stringify(await measureCacheLookup()));
}
