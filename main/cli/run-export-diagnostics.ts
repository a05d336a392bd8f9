/**
 * `rep-console --export-diagnostics <folder>` for IT: writes the diagnostics archive without signing
 * in and without a window, from the user data of the account it runs as. A broken policy does not
 * stop it (that is when IT needs diagnostics most): the archive says why and shows the defaults.
 *
 * The Electron entry (main/index.ts) and the plain-Node entry (export-diagnostics.ts) both call this.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigSchema, type Config } from '../policy/config-schema';
import { describeStoppedSoftphone } from '../diagnostics/describe-softphone';
import { exportDiagnostics, type DiagnosticsExport } from '../diagnostics/export-diagnostics';

/** What the settings loader gives: loadPolicy's config and origins (origins null with loadConfig). */
export interface LoadedPolicy {
  readonly config: Config;
  readonly origins: Readonly<Record<string, string>> | null;
}

/** Where to read from and how; each host knows its own folders and key store. */
export interface RunExportDiagnosticsOptions {
  /** The folder the archive goes into (created if missing); relative to the working directory. */
  readonly destination: string;
  readonly userDataDir: string;
  readonly logDirectory: string;
  readonly appVersion: string;
  readonly loadPolicy: () => LoadedPolicy;
  /** The member cache's key, or null when there is none yet (a key is never created for this). */
  readonly cacheKey: () => Buffer | null;
  readonly nativeBinding?: string;
}

/** The outcome as an exit code and the one line to print. */
export interface ExportDiagnosticsRun {
  readonly exitCode: 0 | 1;
  readonly line: string;
  readonly written: DiagnosticsExport | null;
}

/** Finds `--export-diagnostics <folder>` (or `=<folder>`) in argv; null when absent, '' when the folder is missing. */
export function readExportDiagnosticsFlag(argv: readonly string[]): string | null {
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index]!;
    if (arg === '--export-diagnostics') {
      const next = argv[index + 1];
      return next !== undefined && !next.startsWith('--') ? next : '';
    }
    if (arg.startsWith('--export-diagnostics=')) return arg.slice('--export-diagnostics='.length);
  }
  return null;
}

/** Writes the archive; never throws (the exit code and line say what happened). */
export async function runExportDiagnostics(options: RunExportDiagnosticsOptions): Promise<ExportDiagnosticsRun> {
  if (options.destination.trim() === '') {
    return { exitCode: 1, line: 'rep-console: --export-diagnostics needs a folder, e.g. --export-diagnostics C:\\Temp', written: null };
  }
  let policy: LoadedPolicy;
  let problem: string | null = null;
  try {
    policy = options.loadPolicy();
  } catch (error) {
    problem = error instanceof Error ? error.message : String(error);
    policy = { config: ConfigSchema.parse({}), origins: null };
  }
  try {
    const written = await exportDiagnostics(
      {
        trigger: 'command-line',
        host: 'command-line',
        appVersion: options.appVersion,
        userDataDir: options.userDataDir,
        logDirectory: existsSync(options.logDirectory) ? options.logDirectory : null,
        config: policy.config,
        origins: policy.origins,
        policyProblem: problem,
        lastErrors: null,
        softphone: describeStoppedSoftphone(options.userDataDir, policy.config.softphone.linkPort),
        cacheKey: options.cacheKey,
        ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
      },
      resolve(options.destination),
    );
    return { exitCode: 0, line: written.path, written };
  } catch (error) {
    return { exitCode: 1, line: `rep-console: diagnostics could not be written to ${resolve(options.destination)}: ${error instanceof Error ? error.message : String(error)}`, written: null };
  }
}
