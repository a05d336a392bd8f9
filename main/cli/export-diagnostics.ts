/**
 * The diagnostics export in plain Node, for tests and for the web host's profiles:
 * `tsx main/cli/export-diagnostics.ts --user-data DIR [--log-dir DIR] FOLDER`.
 * Prints the archive's path and exits 0, or prints why on stderr and exits 1 (2 for bad arguments).
 * The installed console does the same with `rep-console --export-diagnostics FOLDER` (main/index.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createFileKeyStore } from '../cache/create-file-key-store';
import { loadPolicy } from '../policy/load-config';
import { runExportDiagnostics } from './run-export-diagnostics';

const USAGE = 'usage: export-diagnostics --user-data DIR [--log-dir DIR] FOLDER';

/** The arguments, or exit 2 with the usage line. */
function readArguments(): { userDataDir: string; logDir: string | undefined; destination: string } {
  try {
    const { values, positionals } = parseArgs({ options: { 'user-data': { type: 'string' }, 'log-dir': { type: 'string' } }, allowPositionals: true });
    const [destination, ...extra] = positionals;
    if (values['user-data'] && destination && extra.length === 0) return { userDataDir: values['user-data'], logDir: values['log-dir'], destination };
    process.stderr.write(`export-diagnostics: pass --user-data and one folder.\n${USAGE}\n`);
  } catch (error) {
    process.stderr.write(`export-diagnostics: ${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
  }
  process.exit(2);
}

const { userDataDir, logDir, destination } = readArguments();
const packageJson = fileURLToPath(new URL('../../package.json', import.meta.url));
const { version } = JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string };
const keyFile = join(userDataDir, 'cache', 'cache.key');
const run = await runExportDiagnostics({
  destination,
  userDataDir,
  logDirectory: logDir ?? join(userDataDir, 'logs'),
  appVersion: version,
  loadPolicy: () => loadPolicy({ userDataDir }),
  // Only an existing key: making one here would orphan the cache the console wrote under its own.
  cacheKey: () => (existsSync(keyFile) ? createFileKeyStore({ filePath: keyFile }).loadOrCreateKey() : null),
});
(run.exitCode === 0 ? process.stdout : process.stderr).write(`${run.line}\n`);
process.exit(run.exitCode);
