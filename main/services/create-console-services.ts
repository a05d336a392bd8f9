/**
 * Composes the plain-Node services both hosts run: backend client, cache, session, members,
 * connection monitor, and the handler table bound to the contract.
 */
import { join } from 'node:path';
import { createBackendClient } from '../backend/create-backend-client';
import { createMemberCache } from '../cache/member-cache';
import { deleteExpiredAsideFiles } from '../cache/move-database-aside';
import { openCacheDatabase } from '../cache/open-cache-database';
import type { CacheKeyStore } from '../cache/key-store';
import { createConnectionMonitor } from '../connection/create-connection-monitor';
import { createEventBus, type EventBus } from '../events/create-event-bus';
import type { InvokeHandlers } from '../ipc/handlers';
import type { Logger } from '../logging/create-logger';
import { createMemberService } from '../members/create-member-service';
import type { Config } from '../policy/config-schema';
import { PolicyError } from '../policy/load-config';
import { AppFailure } from '../../shared/ipc/result';
import { createSessionService } from '../session/create-session-service';

export interface ConsoleServices {
  readonly handlers: InvokeHandlers;
  readonly events: EventBus;
  /** Revokes the session's token and releases the cache; resolves once both are done. */
  close(): Promise<void>;
}

export interface ConsoleServicesOptions {
  readonly config: Config;
  /** Per-user folder for the cache file (Electron: app.getPath('userData')). */
  readonly userDataDir: string;
  readonly keyStore: CacheKeyStore;
  readonly logger: Logger;
  readonly host: 'electron' | 'web';
  readonly version: string;
  /** better-sqlite3 built for the running runtime's ABI, when it is not the default one. */
  readonly nativeBinding?: string;
  /** How often expired cache entries are deleted from disk while the console runs; default 10 minutes. */
  readonly cachePurgeIntervalMs?: number;
  /** The cache's clock (tests age entries with it); default Date.now. */
  readonly cacheClock?: () => number;
}

const CACHE_PURGE_INTERVAL_MS = 10 * 60 * 1000;
/** The background health probe gives up quickly: a hung backend must show as offline within seconds. */
const HEALTH_PROBE_TIMEOUT_MS = 2_000;

/** Builds the services; throws PolicyError when no backend is configured. */
export function createConsoleServices(options: ConsoleServicesOptions): ConsoleServices {
  const { config, logger } = options;
  const backendUrl = config.backend.url;
  if (!backendUrl) {
    throw new PolicyError('No payer backend is configured. IT sets backend.url in the policy file; developers use `npm start` or `npm run start:browser`, which start the sandbox backend.');
  }
  const events = createEventBus((error) => logger.error({ err: error }, 'event listener failed'));
  const session = createSessionService({
    backend: () => backend,
    onEnded: (message) => {
      logger.info('session ended without sign-out');
      events.emit('session:ended', { message });
    },
    onRevokeFailed: (error) => logger.warn({ code: error instanceof AppFailure ? error.code : 'UNKNOWN' }, 'could not revoke the session token at the backend; it stays valid there until it expires'),
  });
  const connection = createConnectionMonitor({
    backendUrl,
    events,
    probe: () => backend.call('getHealth', { timeoutMs: HEALTH_PROBE_TIMEOUT_MS, maxRetries: 0 }),
    pollIntervalMs: config.connection.healthCheckIntervalMs,
  });
  const backend = createBackendClient({
    baseUrl: backendUrl,
    timeoutMs: config.backend.timeoutMs,
    maxRetries: config.backend.maxRetries,
    getToken: () => session.token(),
    onReachability: (isReachable, failure) => connection.report(isReachable, failure?.message ?? null),
    onFailure: (report) => logger.error(report, 'payer backend call failed'),
  });
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
  const members = createMemberService({
    backend: () => backend,
    cache,
    session,
    events,
    freshForSeconds: config.cache.freshForSeconds,
  });

  const handlers: InvokeHandlers = {
    'app:get-status': async () => ({ version: options.version, host: options.host, connection: connection.current() }),
    'session:get-current': async () => session.current(),
    'session:sign-in': (input) => session.signIn(input),
    'session:sign-out': async () => {
      await session.signOut();
      return null;
    },
    'members:search': (query) => members.search(query),
    'members:open': ({ memberId, forceRefresh }) => members.open(memberId, { forceRefresh: forceRefresh ?? false }),
    'members:list-recent': async () => members.listRecent(),
  };

  return {
    handlers,
    events,
    async close() {
      clearInterval(purgeTimer);
      connection.stop();
      await session.close();
      db.close();
    },
  };
}
