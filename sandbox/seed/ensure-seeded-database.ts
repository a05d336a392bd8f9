/**
 * Makes sure the database file holds exactly the data for the requested parameters: reuses a file
 * seeded with the same ones, reseeds one seeded with others, and refuses to touch a file that is not a
 * sandbox database at all (a mistyped --db must never destroy someone's data).
 */
import { existsSync } from 'node:fs';
import { openDatabase } from '../database/open-database';
import { readMeta } from '../database/read-meta';
import { SEEDED_SCHEMA_VERSION } from '../database/migrations';
import { seedDatabase, type SeedOptions } from './seed-database';
import { SeedParameterError, toSeedMeta, type SeedParameters } from './seed-parameters';

/** Whether seeding was needed, and how long it took. */
export interface EnsureResult {
  readonly seeded: boolean;
  readonly durationMs: number;
}

function readExistingMeta(filePath: string, nativeBinding: string | undefined): Record<string, string> {
  let db;
  try {
    db = openDatabase(filePath, { purpose: 'inspect', ...(nativeBinding ? { nativeBinding } : {}) });
    return readMeta(db);
  } catch {
    return {};
  } finally {
    db?.close();
  }
}

/** Seeds when the file is missing or was seeded with other parameters or an older generator. */
export function ensureSeededDatabase(filePath: string, params: SeedParameters, options: SeedOptions = {}): EnsureResult {
  if (existsSync(filePath)) {
    const meta = readExistingMeta(filePath, options.nativeBinding);
    if (meta.generator !== 'rep-console-sandbox') {
      throw new SeedParameterError(`${filePath} exists and is not a sandbox database, so it was left alone. Choose another --db path or delete the file.`);
    }
    const wanted = toSeedMeta(params, SEEDED_SCHEMA_VERSION);
    const differences = Object.keys(wanted).filter((key) => meta[key] !== wanted[key]);
    if (differences.length === 0) return { seeded: false, durationMs: 0 };
    options.onProgress?.(`${filePath} was seeded with different ${differences.join(', ')}; reseeding.`);
  }
  return { seeded: true, ...seedDatabase(filePath, params, options) };
}
