/** Composes config, logger, cache key and services, then starts the web host (the Node twin of main/index.ts). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createFileKeyStore } from '../cache/create-file-key-store';
import { createLogger, type Logger } from '../logging/create-logger';
import { loadPolicy } from '../policy/load-config';
import { createConsoleServices } from '../services/create-console-services';
import { startWebHost, type WebHost } from './web-host';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

export interface RunningWebHost extends WebHost {
  readonly logger: Logger;
  /** The port the softphone link listens on (docs/softphone-protocol.md); null when it could not bind. */
  readonly softphoneLinkPort: number | null;
}

/** Starts everything; `close()` stops the host and releases the cache. */
export async function runWebHost(options: { userDataDir: string; port?: number; softphoneLinkPort?: number; env?: NodeJS.ProcessEnv }): Promise<RunningWebHost> {
  // The same sources as the Electron host (the user's settings.json included), so diagnostics can say where each setting came from.
  const policy = loadPolicy({ env: options.env ?? process.env, userDataDir: options.userDataDir });
  const loaded = policy.config;
  // Tests and parallel workers pass 0 so each host's softphone link gets its own free port.
  const config = options.softphoneLinkPort === undefined ? loaded : { ...loaded, softphone: { ...loaded.softphone, linkPort: options.softphoneLinkPort } };
  const logger = await createLogger({ directory: join(options.userDataDir, 'logs'), level: config.logging.level });
  for (const warning of policy.warnings) logger.warn(warning);
  const keyStore = createFileKeyStore({
    filePath: join(options.userDataDir, 'cache', 'cache.key'),
    onWarning: (message) => logger.warn(message),
  });
  const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
  const services = createConsoleServices({ config, userDataDir: options.userDataDir, keyStore, logger, host: 'web', version, policyOrigins: policy.origins });
  const host = await startWebHost({
    handlers: services.handlers,
    events: services.events,
    logger,
    rendererDir: join(repoRoot, 'out', 'renderer'),
    bridgeScriptPath: join(repoRoot, 'out', 'web-bridge', 'web-bridge.js'),
    ...(options.port === undefined ? {} : { port: options.port }),
  });
  logger.info({ origin: host.origin, backend: config.backend.url }, 'web host started');
  const softphoneLinkPort = await services.calls.linkPort;
  return {
    ...host,
    logger,
    softphoneLinkPort,
    async close() {
      await host.close();
      await services.close();
      logger.flush();
    },
  };
}
