/**
 * The console's own updates as IT's policy runs them: look at the feed in the background, take only
 * what the policy allows, download and verify it, and install it only when no call holds the rep — at
 * sign-out, or when the rep chooses "Install update and restart". A feed that is down is a reason in
 * the log and a retry later, never a failure the rep sees.
 */
import type { UpdateInstallRefusal, UpdateState } from '../../shared/ipc/views';
import type { EventBus } from '../events/create-event-bus';
import type { InvokeHandlers } from '../ipc/handlers';
import type { Logger } from '../logging/create-logger';
import { decideUpdate, decideWithoutFeed, type UpdatePolicy } from './decide-update';
import { findCallInProgress, type CallActivity } from './find-call-in-progress';
import type { UpdateEngine } from './update-engine';
import type { UpdateRelease } from './update-release';

export interface UpdateServiceDeps {
  readonly policy: UpdatePolicy;
  readonly currentVersion: string;
  /** Null when the policy leaves updates off (no engine is ever made then). */
  readonly engine: UpdateEngine | null;
  /** The calls area and the interaction, read at the moment an install would start. */
  readonly callActivity: () => CallActivity;
  readonly events: EventBus;
  readonly logger: Logger;
  readonly now?: () => Date;
  /** After start-up, so the first check never competes with signing in; default 1 minute. */
  readonly firstCheckDelayMs?: number;
  /** Default 4 hours. */
  readonly checkIntervalMs?: number;
  /** After a feed or download failure; default 30 minutes. */
  readonly retryDelayMs?: number;
}

export interface UpdateService {
  state(): UpdateState;
  /** One look at the feed (and the download, when policy or the rep allows); resolves with the state after it. */
  checkNow(): Promise<UpdateState>;
  /** The rep chose "Install update and restart": null when it installs (now or once verified), else why not. */
  requestInstall(): UpdateInstallRefusal | null;
  signedIn(): void;
  /** A ready update installs now (or as soon as no call holds the console). */
  signedOut(): void;
  /** Starts the background checks. */
  start(): void;
  close(): void;
  readonly handlers: Pick<InvokeHandlers, 'updates:get-state' | 'updates:install'>;
}

/** Creates the service; nothing is fetched until start() or checkNow(). */
export function createUpdateService(deps: UpdateServiceDeps): UpdateService {
  const { policy, engine, logger } = deps;
  const now = deps.now ?? (() => new Date());
  const off = engine ? decideWithoutFeed(policy) : (decideWithoutFeed(policy) ?? { reason: 'Updates are off in this host.' });
  let state: UpdateState = off ? { status: 'off', reason: off.reason } : { status: 'idle' };
  let offered: UpdateRelease | null = null;
  let readyVersion: string | null = null;
  let downloading: Promise<void> | null = null;
  let checking: Promise<void> | null = null;
  let wantsInstall: 'rep' | 'sign_out' | null = null;
  let isInstalling = false;
  let isClosed = false;
  let timer: NodeJS.Timeout | null = null;
  let hasLoggedWait = false;

  function set(next: UpdateState): void {
    if (JSON.stringify(next) === JSON.stringify(state)) return;
    state = next;
    deps.events.emit('updates:changed', state);
  }

  function schedule(delayMs: number): void {
    if (timer) clearTimeout(timer);
    if (isClosed || off) return;
    timer = setTimeout(() => void service.checkNow(), delayMs);
    timer.unref();
  }

  const busy = () => findCallInProgress(deps.callActivity());

  function maybeInstall(): void {
    if (!wantsInstall || isInstalling || state.status !== 'ready' || !engine) return;
    const reason = busy();
    if (reason) {
      if (!hasLoggedWait) logger.info({ version: readyVersion, reason }, 'update ready; it installs once no call holds the console');
      hasLoggedWait = true;
      return;
    }
    isInstalling = true;
    logger.info({ version: readyVersion, trigger: wantsInstall }, 'installing update and restarting');
    try {
      engine.install();
    } catch (error) {
      isInstalling = false;
      wantsInstall = null;
      const message = error instanceof Error ? error.message : String(error);
      logger.error({ version: readyVersion, reason: message }, 'the update could not be installed');
      set({ status: 'error', reason: `The update could not be installed: ${message}` });
    }
  }

  function download(release: UpdateRelease): Promise<void> {
    if (downloading || !engine) return downloading ?? Promise.resolve();
    const { version } = release;
    set({ status: 'downloading', version });
    downloading = engine
      .download(release)
      .then(
        () => {
          readyVersion = version;
          hasLoggedWait = false;
          logger.info({ version }, 'update downloaded and verified');
          set({ status: 'ready', version, reason: 'Installs when you sign out, or now with "Install update and restart" (never during a call).' });
          maybeInstall();
        },
        (error: unknown) => {
          const reason = error instanceof Error ? error.message : String(error);
          logger.warn({ version, reason }, 'update download refused; the console keeps running and tries again later');
          set({ status: 'error', version, reason });
          schedule(deps.retryDelayMs ?? 30 * 60_000);
        },
      )
      .finally(() => (downloading = null));
    return downloading;
  }

  async function check(): Promise<void> {
    if (!engine || downloading) return;
    if (state.status !== 'ready') set({ status: 'checking', ...(state.version ? { version: state.version } : {}) });
    const decision = decideUpdate({ policy, currentVersion: deps.currentVersion, feed: await engine.check(), now: now() });
    if (decision.kind === 'off') return;
    if (decision.kind === 'retry_later') {
      logger.warn({ reason: decision.reason }, 'update check failed; the console keeps running and tries again later');
      // A verified update already waiting stays ready: the feed being down changes nothing about it.
      if (state.status !== 'ready') set({ status: 'error', reason: decision.reason });
      schedule(deps.retryDelayMs ?? 30 * 60_000);
      return;
    }
    schedule(deps.checkIntervalMs ?? 4 * 60 * 60_000);
    if (decision.kind === 'stay') {
      // The feed moved away from what was ready (a pin, a pulled release): it is not installed after all.
      readyVersion = null;
      offered = null;
      wantsInstall = null;
      logger.info({ reason: decision.reason }, 'no update to take');
      set({ status: 'idle', reason: decision.reason, ...(decision.version ? { version: decision.version } : {}) });
      return;
    }
    const { release } = decision;
    if (readyVersion === release.version && state.status === 'ready') return;
    offered = release;
    readyVersion = null;
    logger.info({ version: release.version, isDowngrade: decision.isDowngrade }, 'update found');
    if (policy.autoDownload || wantsInstall === 'rep') return download(release);
    set({ status: 'idle', version: release.version, reason: `${release.version} is available: "Install update and restart" downloads and installs it.` });
  }

  const unsubscribe = deps.events.subscribe((channel) => {
    // A call ending (or its wrap-up finishing) is when a waiting install may go ahead.
    if (channel === 'calls:changed' || channel === 'interactions:changed') maybeInstall();
  });

  const service: UpdateService = {
    state: () => state,
    async checkNow() {
      if (off || isClosed) return state;
      checking ??= check().finally(() => (checking = null));
      await checking;
      await downloading;
      return state;
    },
    requestInstall() {
      if (isInstalling) return null;
      const hasUpdate = state.status === 'ready' || state.status === 'downloading' || offered !== null;
      if (!hasUpdate) return { code: 'NO_UPDATE_READY', message: `No update is ready to install${state.reason ? `: ${state.reason}` : '.'}` };
      const reason = busy();
      if (reason) return { code: 'CALL_IN_PROGRESS', message: `The update cannot install now: ${reason}. It installs when you sign out, or choose it again after the call.` };
      wantsInstall = 'rep';
      if (state.status === 'ready') maybeInstall();
      else if (offered && !downloading) void download(offered);
      return null;
    },
    signedIn() {
      if (wantsInstall === 'sign_out') wantsInstall = null;
    },
    signedOut() {
      if (state.status !== 'ready' && state.status !== 'downloading') return;
      wantsInstall ??= 'sign_out';
      maybeInstall();
    },
    start() {
      schedule(deps.firstCheckDelayMs ?? 60_000);
    },
    close() {
      isClosed = true;
      if (timer) clearTimeout(timer);
      unsubscribe();
    },
    handlers: {
      'updates:get-state': async () => state,
      'updates:install': async () => service.requestInstall(),
    },
  };
  return service;
}
