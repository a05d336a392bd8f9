/**
 * `rep-console --export-diagnostics <folder>` in the installed console: no window, no sign-in, no
 * single-instance lock (IT may run it while a rep's console is open); exits 0 with the archive's path
 * printed, or 1 with why. The work is main/cli/run-export-diagnostics.ts, shared with plain Node.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { app } from 'electron';
import { runExportDiagnostics } from '../cli/run-export-diagnostics';
import { loadPolicy } from '../policy/load-config';
import { nativeBindingPath } from './native-binding-path';
import { createSafeStorageKeyStore } from './safe-storage-key-store';

/** Waits for Electron (safeStorage needs it), writes the archive and returns the exit code. */
export async function runExportDiagnosticsCommand(folder: string): Promise<number> {
  await app.whenReady();
  const userDataDir = app.getPath('userData');
  const sealedKey = join(userDataDir, 'cache', 'cache.key.sealed');
  const run = await runExportDiagnostics({
    destination: folder,
    userDataDir,
    logDirectory: app.getPath('logs'),
    appVersion: app.getVersion(),
    // The same sources the console reads at start-up, with where each setting came from.
    loadPolicy: () => loadPolicy({ userDataDir }),
    // Only a key the console already made, and 'refuse': an export must never replace the cache's key.
    cacheKey: () => (existsSync(sealedKey) || existsSync(`${sealedKey}.plain`) ? createSafeStorageKeyStore(sealedKey, () => undefined, 'refuse').loadOrCreateKey() : null),
    nativeBinding: nativeBindingPath(),
  });
  (run.exitCode === 0 ? process.stdout : process.stderr).write(`${run.line}\n`);
  return run.exitCode;
}
