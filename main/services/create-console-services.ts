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
import { createProcessorClient } from '../backend/create-processor-client';
import { createPaymentHandlers } from '../payments/create-payment-handlers';
import { createTokenizer } from '../payments/create-tokenizer';
import { paymentSenders } from '../payments/payment-senders';
import { openMemberCache } from './open-member-cache';
import { openOperationStore } from '../store/open-operation-store';
import { createInteractionArea, type InteractionArea } from '../interactions/create-interaction-area';
import { composeCalls, type ComposedCalls } from '../softphone/compose-calls';
import { createLinkHandlers } from '../softphone/link/create-link-handlers';
import type { LaunchCallRequest } from '../softphone/launch-call-events';

export interface ConsoleServices {
  readonly handlers: InvokeHandlers;
  readonly events: EventBus;
  /** The calls area: the call service, the softphone link and the port it listens on. */
  readonly calls: ComposedCalls;
  /** The interaction area: the call's interaction and disclosure, the rep's state, the outbox. */
  readonly interactions: InteractionArea;
  /** A launch hook fired (`repconsole://call?…`, `--incoming-call`): the Electron host's second instance and tests call it. */
  deliverLaunchRequest(request: LaunchCallRequest): void;
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
      calls.signedOut();
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
  // Card digits go to the processor alone, on its own URL and timeout; its faults are logged by route and status only.
  const processor = config.processor.url
    ? createProcessorClient({
        baseUrl: config.processor.url,
        timeoutMs: config.processor.timeoutMs,
        onFailure: (report) => logger.error(report, 'payment processor call failed'),
      })
    : null;
  const memberCache = openMemberCache(options);
  const { cache } = memberCache;
  const operations = openOperationStore(options);
  // The interaction with the caller decides what every member view shows (ADR 10); calls tell it about calls.
  const interactions = createInteractionArea({
    backend: () => backend,
    session,
    events,
    logger,
    store: operations.interactions,
    cache,
    withoutCall: config.interactions.disclosureWithoutCall,
    sendToSoftphone: (command) => calls.calls.sendToSoftphone(command),
    onAgentChanged: () => calls.calls.notifyChanged(),
  });
  const present = interactions.service.present;
  const members = createMemberService({
    backend: () => backend,
    cache,
    session,
    events,
    freshForSeconds: config.cache.freshForSeconds,
    present,
  });
  // Calls: the softphone link, the CTI feed and launch hooks feed one call model; a pop opens members through `members`.
  const calls = composeCalls({ config, userDataDir: options.userDataDir, keyStore: options.keyStore, events, logger, members, isSignedIn: () => session.current() !== null, listener: () => interactions.service.lifecycle, agentView: () => interactions.agent.current() });

  const runner = createChangeRunner({ backend: () => backend, session, store: operations.store, cache, events, logger, senders: { ...participationSenders, ...paymentSenders },
    present,
    beforeRun: (_kind, memberId) => interactions.service.assertMayChange(memberId),
    onSettled: (kind, memberId, outcome) =>
      interactions.service.recordAction({ kind, memberId, status: outcome.status, confirmationNumber: outcome.status === 'refused' ? null : outcome.confirmationNumber }),
  });
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
      const token = session.token();
      if (token) calls.signedIn(token);
      await interactions.signedIn();
      // Actions whose outcome a restart or an outage left unknown go out again, with their own keys.
      void runner.resumePending().catch((error: unknown) => logger.warn({ err: error }, 'could not resume pending rep actions'));
      return signedIn;
    },
    'session:sign-out': async () => {
      calls.signedOut();
      await interactions.signingOut();
      await session.signOut();
      return null;
    },
    'members:search': (query) => members.search(query),
    'members:open': ({ memberId, forceRefresh }) => {
      interactions.service.memberOpened(memberId);
      return members.open(memberId, { forceRefresh: forceRefresh ?? false });
    },
    'members:list-recent': async () => members.listRecent(),
    ...calls.handlers,
    ...createLinkHandlers({ link: calls.link, ctiFeed: () => calls.calls.state().link.ctiFeed, isSignedIn: () => session.current() !== null, logger }),
    ...createParticipationHandlers({ runner, backend: () => backend, session }),
    // guard: a payment method changes only for a caller who matched the client's requiredMatchesForChanges (ADR 10).
    ...createPaymentHandlers({ runner, tokenizer: createTokenizer({ processor, requireRepId: () => session.requireRepId(), logger }), guard: interactions.service }),
    ...interactions.handlers,
  };

  return {
    handlers,
    events,
    calls,
    interactions,
    deliverLaunchRequest: (request) => calls.deliverLaunchRequest(request),
    async close() {
      connection.stop();
      await calls.close();
      await interactions.signingOut().catch(() => undefined);
      interactions.close();
      await session.close();
      memberCache.close();
      operations.close();
    },
  };
}
