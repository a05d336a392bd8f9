/**
 * The member cache as the console runs it: the file opened (or replaced, or kept in memory), the
 * encrypted cache over it, and a timer that deletes what outlived its time-to-live.
 */
import { join } from 'node:path';
import { createMemberCache, type MemberCache } from '../cache/member-cache';
import { deleteExpiredAsideFiles } from '../cache/move-database-aside';
import { openCacheDatabase } from '../cache/open-cache-database';
import type { ConsoleServicesOptions } from './create-console-services';

const CACHE_PURGE_INTERVAL_MS = 10 * 60 * 1000;

/** The running cache and the way to stop it. */
export interface OpenMemberCache {
  readonly cache: MemberCache;
  close(): void;
}

/** Opens the cache in `<userData>/cache/` with the settings in force. */
export function openMemberCache(options: ConsoleServicesOptions): OpenMemberCache {
  const { config, logger } = options;
  const cacheFile = join(options.userDataDir, 'cache', 'member-cache.sqlite');
  const ttlMs = config.cache.ttlSeconds * 1000;
  const db = openCacheDatabase({
    filePath: cacheFile,
    onWarning: (message) => logger.warn(message),
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  const cache = createMemberCache({
    db,
    key: options.keyStore.loadOrCreateKey(),
    ttlSeconds: config.cache.ttlSeconds,
    maxEntriesPerRep: config.cache.maxEntriesPerRep,
    maxEntriesTotal: config.cache.maxEntriesTotal,
    onWarning: (message, fields) => logger.warn(fields ?? {}, message),
    ...(options.cacheClock ? { now: options.cacheClock } : {}),
  });
  // PHI must not outlive its time-to-live on disk, even on a console left running all week.
  const purgeExpired = () => {
    try {
      const purged = cache.purgeExpired();
      if (purged > 0) logger.info({ purged }, 'expired cache entries deleted');
      deleteExpiredAsideFiles(cacheFile, ttlMs);
    } catch (error) {
      logger.warn({ err: error }, 'could not purge expired cache entries; trying again later');
    }
  };
  purgeExpired();
  const purgeTimer = setInterval(purgeExpired, options.cachePurgeIntervalMs ?? CACHE_PURGE_INTERVAL_MS);
  purgeTimer.unref();
  return {
    cache,
    close() {
      clearInterval(purgeTimer);
      db.close();
    },
  };
}
