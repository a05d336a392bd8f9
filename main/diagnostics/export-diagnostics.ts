/**
 * "Export diagnostics": one zip with what support needs — logs, the settings in force and their
 * sources, versions, cache and store statistics, the softphone link's state, the last errors — and
 * nothing a member or a card could be recognised by (every file passes the PHI scrubber).
 *
 * Both triggers end here: the palette (through `diagnostics:export`) and `--export-diagnostics`.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { Config } from '../policy/config-schema';
import { cacheFilePath, readCacheStatistics } from '../cache/read-cache-statistics';
import { readCachedPhiWords } from '../cache/read-cached-phi-words';
import { readStoreStatistics, storeFilePath } from '../store/read-store-statistics';
import { createArchiveWriter } from './create-archive-writer';
import { createPhiScrubber, type KnownPhiWords } from './create-phi-scrubber';
import { describeEnvironment, type DiagnosticsTrigger, type EnvironmentDescription } from './describe-environment';
import { describePolicy } from './describe-policy';
import type { SoftphoneDescription } from './describe-softphone';
import { DIAGNOSTICS_README } from './diagnostics-readme';
import { listLogFiles, readLastErrorsFromFiles } from './list-log-files';

/** Everything the export reads; the hosts and the command line fill it in. */
export interface DiagnosticsInputs {
  readonly trigger: DiagnosticsTrigger;
  readonly host: EnvironmentDescription['host'];
  readonly appVersion: string;
  readonly userDataDir: string;
  /** The folder the logger writes to; null when there is none (a test's memory logger). */
  readonly logDirectory: string | null;
  readonly config: Config;
  /** Each setting's source (loadPolicy's origins); null when the caller does not know them. */
  readonly origins: Readonly<Record<string, string>> | null;
  /** Why the policy could not be loaded, when it could not (the export still runs, with defaults). */
  readonly policyProblem?: string | null;
  /** The running console's newest warnings and errors; null reads them from the log files. */
  readonly lastErrors: readonly string[] | null;
  readonly softphone: SoftphoneDescription;
  /** The member cache's key, so cached names can be scrubbed; null when none can be had without making one. */
  readonly cacheKey: (() => Buffer | null) | null;
  readonly nativeBinding?: string;
  readonly now?: () => Date;
}

/** What the export wrote. */
export interface DiagnosticsExport {
  readonly path: string;
  readonly sizeBytes: number;
  readonly fileCount: number;
}

/** `rep-console-diagnostics-<host>-<UTC time>.zip`; colons are not allowed in Windows file names. */
export function diagnosticsFileName(now: Date, host = hostname()): string {
  const safeHost = host.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 63) || 'unknown-host';
  return `rep-console-diagnostics-${safeHost}-${now.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/:/g, '-')}.zip`;
}

function readKnownWords(inputs: DiagnosticsInputs): { words: KnownPhiWords; note: string } {
  try {
    const key = inputs.cacheKey?.() ?? null;
    if (!key) return { words: { names: [], places: [] }, note: 'no cache key available: cached names were not used' };
    const words = readCachedPhiWords({ filePath: cacheFilePath(inputs.userDataDir), key, ...(inputs.nativeBinding ? { nativeBinding: inputs.nativeBinding } : {}) });
    return { words, note: `names and places of cached members were used (${words.names.length + words.places.length} words, not written here)` };
  } catch (error) {
    return { words: { names: [], places: [] }, note: `the cache could not be read for names (${error instanceof Error ? error.message : String(error)})` };
  }
}

/**
 * Writes `bytes` under `name` (or `name-2`, `-3`… when an export in the same second took it), never
 * over an existing file. The bytes go to `<name>.partial` first: IT collects from the folder, and a
 * half-written archive must never appear under the final name.
 */
function writeNewFile(folder: string, name: string, bytes: Uint8Array): string {
  for (let attempt = 1; attempt <= 20; attempt += 1) {
    const path = join(folder, attempt === 1 ? name : name.replace(/\.zip$/, `-${attempt}.zip`));
    if (existsSync(path)) continue;
    try {
      writeFileSync(`${path}.partial`, bytes, { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw error;
    }
    try {
      renameSync(`${path}.partial`, path);
    } catch (error) {
      rmSync(`${path}.partial`, { force: true });
      throw error;
    }
    return path;
  }
  throw new Error(`Too many diagnostics archives named ${name} in ${folder}.`);
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Writes the archive into `destinationDir` (created if missing) and returns where it is. */
export async function exportDiagnostics(inputs: DiagnosticsInputs, destinationDir: string): Promise<DiagnosticsExport> {
  const now = inputs.now?.() ?? new Date();
  const known = readKnownWords(inputs);
  const scrubber = createPhiScrubber({ knownWords: known.words, now });
  const archive = createArchiveWriter(scrubber, now);
  const binding = inputs.nativeBinding ? { nativeBinding: inputs.nativeBinding } : {};
  const logs = listLogFiles(inputs.logDirectory);

  await archive.addText('README.txt', DIAGNOSTICS_README);
  await archive.addText('environment.json', json(describeEnvironment({ trigger: inputs.trigger, host: inputs.host, appVersion: inputs.appVersion, now })));
  await archive.addText('policy.json', json(describePolicy(inputs.config, inputs.origins, inputs.policyProblem ?? null)));
  await archive.addText('statistics.json', json({
    cache: readCacheStatistics({ filePath: cacheFilePath(inputs.userDataDir), ttlSeconds: inputs.config.cache.ttlSeconds, now: now.getTime(), ...binding }),
    store: readStoreStatistics({ filePath: storeFilePath(inputs.userDataDir), ...binding }),
    logs: { included: logs.included.map(({ name, bytes }) => ({ file: name, bytes })), leftOutForSize: logs.leftOut.map(({ name, bytes }) => ({ file: name, bytes })) },
  }));
  await archive.addText('softphone.json', json(inputs.softphone));
  const lastErrors = inputs.lastErrors ?? readLastErrorsFromFiles(logs.included);
  await archive.addText('last-errors.jsonl', lastErrors.map((line) => `${line}\n`).join(''));
  for (const file of logs.included) await archive.addText(`logs/${file.name}`, await readFile(file.path, 'utf8'));
  await archive.addText('manifest.json', json({
    files: archive.files(),
    scrubbed: scrubber.counts(),
    knownNames: known.note,
    lastErrorsFrom: inputs.lastErrors ? 'the running console (memory)' : 'the log files',
  }));
  const bytes = await archive.finish();

  // Folders it makes are private like user data; an existing share (IT's destination) keeps its own rights.
  mkdirSync(destinationDir, { recursive: true, mode: 0o700 });
  const path = writeNewFile(destinationDir, diagnosticsFileName(now), bytes);
  return { path, sizeBytes: bytes.length, fileCount: archive.files().length };
}
