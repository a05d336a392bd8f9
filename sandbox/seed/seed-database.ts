/**
 * Seeds a sandbox database file: every member generated and written in one transaction with prepared
 * statements, into a temporary file that is renamed into place only once complete — a crash or Ctrl+C
 * mid-seed never leaves a half-seeded database behind to be served.
 */
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { createSeedWriter } from '../database/create-seed-writer';
import { SEEDED_SCHEMA_VERSION } from '../database/migrations';
import { openDatabase } from '../database/open-database';
import { isoDates } from '../calendar/iso-dates';
import { CLIENT_CATALOG } from './client-catalog';
import { createIdentifierFactory } from './create-identifier-factory';
import { createPharmacyDirectory } from './create-pharmacy-directory';
import { createRandom, mixSeed } from './create-random';
import { DRUG_CATALOG } from './drug-catalog';
import { generateMemberRecord, type Household, type SeedRun } from './generate-member-record';
import { hasBenefitYear } from './part-d-benefit';
import { toSeedMeta, type SeedParameters } from './seed-parameters';
import { US_PLACES } from './us-places';

/** Progress reporting and, where needed, a better-sqlite3 build for another ABI. */
export interface SeedOptions {
  readonly onProgress?: (message: string) => void;
  readonly nativeBinding?: string;
}

/** Removes a database file and its WAL companions. */
export function removeDatabaseFiles(filePath: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${filePath}${suffix}`, { force: true });
}

/** Writes a complete database for `params` at `filePath`, replacing any file there; returns the time taken. */
export function seedDatabase(filePath: string, params: SeedParameters, options: SeedOptions = {}): { durationMs: number } {
  const started = performance.now();
  const progress = options.onProgress ?? (() => undefined);
  mkdirSync(dirname(filePath), { recursive: true });
  const temporary = `${filePath}.seeding-${process.pid}`;
  removeDatabaseFiles(temporary);
  const db = openDatabase(temporary, { purpose: 'seed', ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}) });
  try {
    const writer = createSeedWriter(db);
    const clients = CLIENT_CATALOG.map((c) => c.client);
    const run: SeedRun = {
      seed: params.seed,
      asOf: params.asOf,
      hasPriorYear: hasBenefitYear(isoDates.yearOf(params.asOf) - 1),
      ids: createIdentifierFactory(params.seed),
      pharmacies: createPharmacyDirectory(createRandom(mixSeed(params.seed, 0)), US_PLACES, clients),
    };
    const step = Math.max(1, Math.ceil(params.members / 10));
    db.transaction(() => {
      writer.writeReferenceData(clients, DRUG_CATALOG.map((d) => d.name), run.pharmacies.all);
      let household: Household | null = null;
      for (let index = 0; index < params.members; index += 1) {
        const generated = generateMemberRecord(run, index, household);
        writer.writeMember(index + 1, generated.record);
        household = generated.household;
        if ((index + 1) % step === 0 || index + 1 === params.members) {
          progress(`Seeded ${(index + 1).toLocaleString('en-US')} of ${params.members.toLocaleString('en-US')} members…`);
        }
      }
      writer.writeMeta(toSeedMeta(params, SEEDED_SCHEMA_VERSION));
    })();
    db.pragma('journal_mode = WAL');
    db.close();
    removeDatabaseFiles(filePath);
    renameSync(temporary, filePath);
  } catch (error) {
    if (db.open) db.close();
    removeDatabaseFiles(temporary);
    throw error;
  }
  return { durationMs: Math.round(performance.now() - started) };
}
