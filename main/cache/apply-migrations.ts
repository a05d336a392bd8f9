/** Brings a cache database up to the newest schema step; running it again changes nothing. */
import type Database from 'better-sqlite3';
import type { Migration } from './migrations';

function readUserVersion(db: Database.Database): number {
  return Number(db.pragma('user_version', { simple: true }));
}

function assertOrdered(steps: readonly Migration[]): void {
  steps.forEach((step, index) => {
    if (step.version !== index + 1) {
      throw new Error(`Cache migration ${index + 1} is numbered ${step.version}; steps must be numbered 1, 2, 3… in order.`);
    }
  });
}

/**
 * Applies the steps newer than the file's `user_version` and returns the resulting version.
 *
 * All pending steps run in one IMMEDIATE transaction that re-reads the version after taking the write
 * lock, so two processes opening the same file cannot both run a step, and a failing step leaves the
 * file exactly as it was.
 */
export function applyMigrations(db: Database.Database, steps: readonly Migration[]): number {
  assertOrdered(steps);
  const migrate = db.transaction((): number => {
    const current = readUserVersion(db);
    for (const step of steps) {
      if (step.version <= current) continue;
      db.exec(step.sql);
      db.pragma(`user_version = ${step.version}`);
    }
    return Math.max(current, steps.length);
  });
  return migrate.immediate();
}
