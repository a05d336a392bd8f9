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
import { createAuditHandlers } from '../audit/create-audit-handlers';
import { createAuditReporter } from '../audit/create-audit-reporter';
import { createSessionService } from '../session/create-session-service';
import { createIdentityFromPolicy } from '../session/create-identity-from-policy';
import { createSessionHandlers } from '../session/create-session-handlers';
import { createSignInVault } from '../session/create-sign-in-vault';
import { retryAfterRefresh } from '../session/retry-after-refresh';
import { createIdleLockArea } from '../session/idle-lock-area';
import { createLockMarker } from '../session/idle-lock-marker';
import type { IdleLock } from '../session/idle-lock';
import { createChangeRunner } from '../operations/create-change-runner';
import { createParticipationHandlers } from '../participation/create-participation-handlers';
import { participationSenders } from '../participation/participation-senders';
import { createProcessorClient } from '../backend/create-processor-client';
import { createPaymentHandlers } from '../payments/create-payment-handlers';
import { createTokenizer } from '../payments/create-tokenizer';
import { paymentSenders } from '../payments/payment-senders';
import { approvalSenders } from '../approvals/approval-senders';
import { createApprovalHandlers } from '../approvals/create-approval-handlers';
import { openMemberCache } from './open-member-cache';
import { openOperationStore } from '../store/open-operation-store';
import { createInteractionArea, type InteractionArea } from '../interactions/create-interaction-area';
import { composeCalls, type ComposedCalls } from '../softphone/compose-calls';
import { createFloorFeed } from '../floor/create-floor-feed';
import { createLinkHandlers } from '../softphone/link/create-link-handlers';
import type { LaunchCallRequest } from '../softphone/launch-call-events';
import { composeUpdates } from '../updates/compose-updates';
import type { UpdateService } from '../updates/create-update-service';
import type { UpdateEngine } from '../updates/update-engine';
import { join } from 'node:path';
import { createDiagnosticsHandlers } from '../diagnostics/create-diagnostics-handlers';
import { describeRunningSoftphone } from '../diagnostics/describe-softphone';

export interface ConsoleServices {
  readonly handlers: InvokeHandlers;
  readonly events: EventBus;
  /** The calls area: the call service, the softphone link and the port it listens on. */
  readonly calls: ComposedCalls;
  /** The interaction area: the call's interaction and disclosure, the rep's state, the outbox. */
  readonly interactions: InteractionArea;
  /** The idle lock: the Electron host feeds it the OS's idle time and screen lock. */
  readonly idleLock: IdleLock;
  /** The console's own updates (checked in the background; tests call checkNow). */
  readonly updates: UpdateService;
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
  /** Opens the identity provider in the system browser (Electron: shell.openExternal); default: asks the web host's page (`session:open-external`). */
  readonly openExternal?: (url: string) => void | Promise<void>;
  /** The host's updater (Electron: electron-updater); default the plain-Node feed engine, null for none. */
  readonly updateEngine?: UpdateEngine | null;
  /** Where "Export diagnostics" writes when policy names no destination; default `<userData>/diagnostics` (Electron passes Downloads). */
  readonly diagnosticsDir?: string;
  /** Each setting's source (loadPolicy's origins), shown in the diagnostics archive; null or absent: unknown. */
  readonly policyOrigins?: Readonly<Record<string, string>> | null;
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
  // Single sign-on when IT names an OpenID provider (ADR 12); the system browser opens through the host.
  const openExternal = options.openExternal ?? ((url: string) => events.emit('session:open-external', { url }));
  const identity = createIdentityFromPolicy(config.identity, openExternal);
  const session = createSessionService({
    backend: () => backend,
    identity,
    vault: createSignInVault({ filePath: join(options.userDataDir, 'session', 'sign-in.bin'), keyStore: options.keyStore, onWarning: (message) => logger.warn(message) }),
    openExternal,
    onEnded: (message) => {
      logger.info('session ended without sign-out');
      calls.signedOut();
      floor.stop();
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
  // A 401 gets one retry with the session's current (refreshed) token before the session ends.
  const backend = retryAfterRefresh(createBackendClient({
    baseUrl: backendUrl,
    timeoutMs: config.backend.timeoutMs,
    maxRetries: config.backend.maxRetries,
    getToken: () => session.token(),
    onReachability: (isReachable, failure) => connection.report(isReachable, failure?.message ?? null),
    onFailure: (report) => logger.error(report, 'payer backend call failed'),
  }), () => session);
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
  // What only the console sees (a caller verified, a whole MBI shown, the console locked) goes to the backend's audit trail, best-effort.
  const audit = createAuditReporter({ backend: () => backend, logger });
  const interactions = createInteractionArea({
    backend: () => backend,
    audit,
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
  // The CTI feed follows the session's access token: a refresh reconnects it with the new one.
  session.watchToken((token) => {
    if (token) calls.signedIn(token);
  });
  const calls = composeCalls({ config, userDataDir: options.userDataDir, keyStore: options.keyStore, events, logger, members, isSignedIn: () => session.current() !== null, listener: () => interactions.service.lifecycle, agentView: () => interactions.agent.current() });
  // A team lead's floor board: the backend's floor stream, opened when a lead first opens the board (main/floor/).
  const floor = createFloorFeed({ baseUrl: backendUrl, logger, events, session, backend: () => backend });

  // Locks after the policy's idle time (never during a call); while locked, the guard below refuses member reads and changes.
  // The console's own updates (policy `updates`): installed only when no call holds the rep, at sign-out or on request.
  const updates = composeUpdates({
    policy: config.updates,
    currentVersion: options.version,
    userDataDir: options.userDataDir,
    ...(options.updateEngine !== undefined ? { engine: options.updateEngine } : {}),
    callActivity: () => ({ callPhase: calls.calls.state().call?.phase ?? null, hasOpenInteraction: interactions.service.currentId() !== null }),
    events,
    logger,
    // The web host (developers, tests) looks at once; the Electron host lets start-up and sign-in go first.
    ...(options.host === 'web' ? { timing: { firstCheckDelayMs: 500 } } : {}),
  });
  const marker = createLockMarker({ filePath: join(options.userDataDir, 'session', 'idle-lock.bin'), keyStore: options.keyStore, onWarning: (message) => logger.warn(message) });
  const idleLock = createIdleLockArea({ config, events, session, backend: () => backend, callsState: () => calls.calls.state(), logger, marker });

  const runner = createChangeRunner({ backend: () => backend, session, store: operations.store, cache, events, logger, senders: { ...participationSenders, ...paymentSenders, ...approvalSenders },
    present,
    // A lead's decision on a request is not a change made for the caller on the line: no verification, not in the call's record.
    beforeRun: (kind, memberId) => (kind === 'decide-approval' ? undefined : interactions.service.assertMayChange(memberId)),
    onSettled: (kind, memberId, outcome) =>
      kind === 'decide-approval'
        ? undefined
        : interactions.service.recordAction({ kind, memberId, status: outcome.status, confirmationNumber: outcome.status === 'refused' ? null : outcome.confirmationNumber }),
  });
  // The sandbox's sign-in hint shows only when the backend itself says it is the sandbox.
  const firstHealth = backend.call('getHealth', { timeoutMs: HEALTH_PROBE_TIMEOUT_MS, maxRetries: 0 }).then(
    (health) => health.isSandbox === true,
    () => false,
  );

  const handlers: InvokeHandlers = {
    ...idleLock.handlers,
    'app:get-status': async () => ({ version: options.version, host: options.host, connection: connection.current(), isSandboxBackend: await firstHealth }),
    ...createSessionHandlers({
      session,
      logger,
      async afterSignIn() {
        updates.signedIn();
        await interactions.signedIn();
        // Actions whose outcome a restart or an outage left unknown go out again, with their own keys.
        void runner.resumePending().catch((error: unknown) => logger.warn({ err: error }, 'could not resume pending rep actions'));
      },
      async beforeSignOut() {
        calls.signedOut();
        floor.stop();
        await interactions.signingOut();
      },
      // A verified update installs now that no rep is at work (it waits if a call is still up).
      afterSignOut: () => updates.signedOut(),
    }),
    'members:search': (query) => members.search(query),
    'members:open': ({ memberId, forceRefresh }) => {
      interactions.service.memberOpened(memberId);
      return members.open(memberId, { forceRefresh: forceRefresh ?? false });
    },
    'members:list-recent': async () => members.listRecent(),
    ...calls.handlers,
    'floor:get': () => floor.get(),
    'floor:close': async () => (floor.stop(), null),
    ...createLinkHandlers({ link: calls.link, ctiFeed: () => calls.calls.state().link.ctiFeed, isSignedIn: () => session.current() !== null, logger }),
    ...createParticipationHandlers({ runner, backend: () => backend, session }),
    ...createApprovalHandlers({ runner, backend: () => backend }),
    // guard: a payment method changes only for a caller who matched the client's requiredMatchesForChanges (ADR 10).
    ...createPaymentHandlers({ runner, tokenizer: createTokenizer({ processor, requireRepId: () => session.requireRepId(), logger }), guard: interactions.service }),
    ...interactions.handlers,
    ...createDiagnosticsHandlers({
      config,
      origins: options.policyOrigins ?? null,
      userDataDir: options.userDataDir,
      host: options.host,
      appVersion: options.version,
      logger,
      defaultDestination: options.diagnosticsDir ?? join(options.userDataDir, 'diagnostics'),
      softphone: async () => describeRunningSoftphone(calls.calls.state(), await calls.linkPort),
      cacheKey: () => options.keyStore.loadOrCreateKey(),
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    }),
    ...createAuditHandlers({ backend: () => backend }),
    ...updates.handlers,
  };

  return {
    handlers: idleLock.guard(handlers),
    idleLock: idleLock.lock,
    events,
    calls,
    interactions,
    updates,
    deliverLaunchRequest: (request) => calls.deliverLaunchRequest(request),
    async close() {
      connection.stop();
      floor.stop();
      idleLock.close();
      updates.close();
      await calls.close();
      await interactions.signingOut().catch(() => undefined);
      interactions.close();
      await session.close();
      memberCache.close();
      operations.close();
    },
  };
}
