/**
 * The palette's "Export diagnostics": writes the archive where IT's policy says (a share they collect
 * from) or to the rep's Downloads folder, and answers the path so the screen can announce it.
 */
import { AppFailure } from '../../shared/ipc/result';
import type { InvokeHandlers } from '../ipc/handlers';
import { inspectLogger, type Logger } from '../logging/create-logger';
import type { Config } from '../policy/config-schema';
import type { SoftphoneDescription } from './describe-softphone';
import { exportDiagnostics, type DiagnosticsExport } from './export-diagnostics';

/** What the running console tells the export. */
export interface DiagnosticsHandlerDeps {
  readonly config: Config;
  /** Each setting's source (loadPolicy's origins), when the host knows them. */
  readonly origins: Readonly<Record<string, string>> | null;
  readonly userDataDir: string;
  readonly host: 'electron' | 'web';
  readonly appVersion: string;
  /** The logger createLogger made: its folder and last errors go into the archive. */
  readonly logger: Logger;
  /** Where the archive goes when policy names no destination (Electron: Downloads; web host: userData/diagnostics). */
  readonly defaultDestination: string;
  readonly softphone: () => Promise<SoftphoneDescription>;
  /** The member cache's key (the console has it open already), for scrubbing cached names. */
  readonly cacheKey: () => Buffer | null;
  readonly nativeBinding?: string;
}

/** Builds the handler; a second request while one export runs gets the same archive. */
export function createDiagnosticsHandlers(deps: DiagnosticsHandlerDeps): Pick<InvokeHandlers, 'diagnostics:export'> {
  let running: Promise<DiagnosticsExport> | null = null;
  const destination = () => deps.config.diagnostics.destination ?? deps.defaultDestination;

  async function run(): Promise<DiagnosticsExport> {
    const facts = inspectLogger(deps.logger);
    try {
      const written = await exportDiagnostics(
        {
          trigger: 'palette',
          host: deps.host,
          appVersion: deps.appVersion,
          userDataDir: deps.userDataDir,
          logDirectory: facts?.directory ?? null,
          config: deps.config,
          origins: deps.origins,
          lastErrors: facts?.lastErrors.list() ?? null,
          softphone: await deps.softphone(),
          cacheKey: deps.cacheKey,
          ...(deps.nativeBinding ? { nativeBinding: deps.nativeBinding } : {}),
        },
        destination(),
      );
      deps.logger.info({ path: written.path, sizeBytes: written.sizeBytes }, 'diagnostics exported');
      return written;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      deps.logger.warn({ reason }, 'diagnostics could not be exported');
      throw new AppFailure('INTERNAL', `Diagnostics could not be saved in ${destination()} (${reason}). Check that the folder exists and you may write to it, or ask IT.`);
    }
  }

  return {
    'diagnostics:export': () => {
      running ??= run().finally(() => {
        running = null;
      });
      return running;
    },
  };
}
