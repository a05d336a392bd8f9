/**
 * The update service as the console services run it: the host's engine (electron-updater in the
 * Electron host), or the plain-Node feed engine, whose "install" in the web host only logs that a
 * new build is needed (the web host is never packaged).
 */
import { join } from 'node:path';
import type { EventBus } from '../events/create-event-bus';
import type { Logger } from '../logging/create-logger';
import type { UpdatePolicy } from './decide-update';
import { createUpdateService, type UpdateService, type UpdateServiceDeps } from './create-update-service';
import type { CallActivity } from './find-call-in-progress';
import { createFeedUpdateEngine, type UpdateEngine } from './update-engine';

export interface ComposeUpdatesDeps {
  readonly policy: UpdatePolicy;
  readonly currentVersion: string;
  readonly userDataDir: string;
  /** The host's engine; default the plain-Node feed engine (downloads to `<userData>/updates`). */
  readonly engine?: UpdateEngine | null;
  readonly callActivity: () => CallActivity;
  readonly events: EventBus;
  readonly logger: Logger;
  /** Check timing (tests and the e2e host shorten it). */
  readonly timing?: Pick<UpdateServiceDeps, 'firstCheckDelayMs' | 'checkIntervalMs' | 'retryDelayMs'>;
}

/** Builds and starts the service. */
export function composeUpdates(deps: ComposeUpdatesDeps): UpdateService {
  const { policy, logger } = deps;
  const engine =
    deps.engine !== undefined
      ? deps.engine
      : policy.enabled && policy.feedUrl
        ? createFeedUpdateEngine({
            feedUrl: policy.feedUrl,
            channel: policy.channel,
            directory: join(deps.userDataDir, 'updates'),
            install: (installerPath) => logger.warn({ installerPath }, 'this host cannot install updates; run the verified installer, or restart a packaged console'),
          })
        : null;
  const service = createUpdateService({ ...deps, ...deps.timing, engine });
  service.start();
  return service;
}
