/**
 * Composes the plain-Node services both hosts run: backend client, cache, session, members,
 * connection monitor, and the handler table bound to the contract.
 */
import { createBackendClient } from '../backend/create-backend-client';
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
import { createChangeRunner } from '../operations/create-change-runner';
import { createParticipationHandlers } from '../participation/create-participation-handlers';
import { participationSenders } from '../participation/participation-senders';
import { openMemberCache } from './open-member-cache';
import { openOperationStore } from '../store/open-operation-store';

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
  /** Keeps the durable store's key; default a private file beside the store (plain Node). */
  readonly storeKeyStore?: CacheKeyStore;
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
  const memberCache = openMemberCache(options);
  const { cache } = memberCache;
  const operations = openOperationStore(options);
  const members = createMemberService({
    backend: () => backend,
    cache,
    session,
    events,
    freshForSeconds: config.cache.freshForSeconds,
  });

  const runner = createChangeRunner({ backend: () => backend, session, store: operations.store, cache, events, logger, senders: participationSenders });
  // The sandbox's sign-in hint shows only when the backend itself says it is the sandbox.
  const firstHealth = backend.call('getHealth', { timeoutMs: HEALTH_PROBE_TIMEOUT_MS, maxRetries: 0 }).then(
    (health) => health.isSandbox === true,
    () => false,
  );

  const handlers: InvokeHandlers = {
    'app:get-status': async () => ({ version: options.version, host: options.host, connection: connection.current(), isSandboxBackend: await firstHealth }),
    'session:get-current': async () => session.current(),
    'session:sign-in': async (input) => {
      const signedIn = await session.signIn(input);
      // Actions whose outcome a restart or an outage left unknown go out again, with their own keys.
      void runner.resumePending().catch((error: unknown) => logger.warn({ err: error }, 'could not resume pending rep actions'));
      return signedIn;
    },
    'session:sign-out': async () => {
      await session.signOut();
      return null;
    },
    'members:search': (query) => members.search(query),
    'members:open': ({ memberId, forceRefresh }) => members.open(memberId, { forceRefresh: forceRefresh ?? false }),
    'members:list-recent': async () => members.listRecent(),
    ...createParticipationHandlers({ runner, backend: () => backend, session }),
  };

  return {
    handlers,
    events,
    async close() {
      connection.stop();
      await session.close();
      memberCache.close();
      operations.close();
    },
  };
}
