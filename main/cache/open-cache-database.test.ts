import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { migrations } from './migrations';
import { openCacheDatabase } from './open-cache-database';
import { buildMemberProfile } from './test-fixtures/build-member-profile';
import { openTestCache } from './test-fixtures/open-test-cache';
import { useTempDir } from './test-fixtures/use-temp-dir';

const tempDir = useTempDir();
const isPosix = process.platform !== 'win32';
const modeOf = (path: string) => statSync(path).mode & 0o777;
const SQLITE_FILES = ['', '-wal', '-shm'];
const opened: Database.Database[] = [];
afterEach(() => opened.splice(0).forEach((db) => db.open && db.close()));

function openTracked(filePath: string, onWarning = vi.fn<(message: string) => void>()) {
  const db = openCacheDatabase({ filePath, onWarning });
  opened.push(db);
  return { db, onWarning };
}

/** A cache that stores and returns a member: what "usable" means to a rep. */
function expectUsable(db: Database.Database): void {
  const { cache, clock } = openTestCache(tempDir(), { db });
  cache.put('rep.amoreno', buildMemberProfile(), new Date(clock.ms));
  expect(cache.get('rep.amoreno', 'NSH400012345')).not.toBeNull();
}

function asideFiles(label: string): string[] {
  return readdirSync(join(tempDir(), 'cache')).filter((name) => name.startsWith(`member-cache.sqlite.${label}-`));
}

describe('openCacheDatabase', () => {
  it('creates the folder and a WAL database at the newest schema, without warnings', () => {
    const { db, onWarning } = openTracked(join(tempDir(), 'cache', 'member-cache.sqlite'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(1);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(Number(db.pragma('busy_timeout', { simple: true }))).toBeGreaterThan(0);
    expectUsable(db);
    expect(onWarning).not.toHaveBeenCalled();
  });

  it('reopens an existing cache with its entries, running no migration twice', () => {
    const filePath = join(tempDir(), 'cache', 'member-cache.sqlite');
    const first = openTracked(filePath).db;
    const { cache, clock, key } = openTestCache(tempDir(), { db: first });
    cache.put('rep.amoreno', buildMemberProfile(), new Date(clock.ms));
    first.close();

    const { db, onWarning } = openTracked(filePath);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(openTestCache(tempDir(), { db, key }).cache.get('rep.amoreno', 'NSH400012345')).not.toBeNull();
    expect(onWarning).not.toHaveBeenCalled();
  });

  it('moves a file that is not SQLite aside and starts an empty cache with a warning', () => {
    const filePath = join(tempDir(), 'cache', 'member-cache.sqlite');
    mkdirSync(join(tempDir(), 'cache'));
    const garbage = randomBytes(16_384);
    writeFileSync(filePath, garbage);
    const staleWal = randomBytes(4_096);
    writeFileSync(`${filePath}-wal`, staleWal);

    const { db, onWarning } = openTracked(filePath);
    expectUsable(db);
    expect(onWarning).toHaveBeenCalledOnce();
    expect(onWarning.mock.calls[0]?.[0]).toMatch(/damaged or is not a SQLite database .*moved to .*member-cache\.sqlite\.corrupt-/);
    const [aside] = asideFiles('corrupt').filter((name) => !name.endsWith('-wal'));
    expect(readFileSync(join(tempDir(), 'cache', aside ?? 'missing'))).toEqual(garbage);
    // SQLite discards an unreadable WAL when it closes the file; it must not reach the new cache.
    expect(existsSync(`${filePath}-wal`) && readFileSync(`${filePath}-wal`).equals(staleWal)).toBe(false);
  });

  it('moves a SQLite file with damaged pages aside', () => {
    const filePath = join(tempDir(), 'cache', 'member-cache.sqlite');
    const first = openTracked(filePath).db;
    const { cache, clock } = openTestCache(tempDir(), { db: first });
    for (let seq = 0; seq < 40; seq += 1) cache.put('rep.amoreno', buildMemberProfile({ seq }), new Date(clock.ms));
    first.close();
    const bytes = readFileSync(filePath);
    bytes.fill(0x5a, 2 * 4096 + 8, 3 * 4096);
    writeFileSync(filePath, bytes);

    const { db, onWarning } = openTracked(filePath);
    expectUsable(db);
    expect(onWarning).toHaveBeenCalledOnce();
    expect(asideFiles('corrupt')).toHaveLength(1);
  });

  it('moves a cache from a newer release aside instead of misreading it', () => {
    const filePath = join(tempDir(), 'cache', 'member-cache.sqlite');
    mkdirSync(join(tempDir(), 'cache'));
    const newer = new Database(filePath);
    newer.pragma(`user_version = ${migrations.length + 1}`);
    newer.close();

    const { db, onWarning } = openTracked(filePath);
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expectUsable(db);
    expect(onWarning.mock.calls[0]?.[0]).toMatch(/newer Rep Console/);
    expect(asideFiles('newer')).toHaveLength(1);
  });

  it('falls back to an in-memory cache when the path cannot hold a database at all', () => {
    const filePath = join(tempDir(), 'cache', 'member-cache.sqlite');
    mkdirSync(filePath, { recursive: true });

    const { db, onWarning } = openTracked(filePath);
    expect(db.memory).toBe(true);
    expectUsable(db);
    expect(onWarning.mock.calls[0]?.[0]).toMatch(/could not be opened .*kept in memory/);
  });

  it.runIf(isPosix)('creates the database 0600, and SQLite gives the WAL and shm it creates the same mode', () => {
    const filePath = join(tempDir(), 'cache', 'member-cache.sqlite');
    const { db } = openTracked(filePath);
    expectUsable(db);
    expect(SQLITE_FILES.map((suffix) => existsSync(filePath + suffix))).toEqual([true, true, true]);
    expect(SQLITE_FILES.map((suffix) => modeOf(filePath + suffix))).toEqual([0o600, 0o600, 0o600]);
    expect(modeOf(join(tempDir(), 'cache'))).toBe(0o700);
  });

  it.runIf(isPosix)("makes an older install's world-readable database, WAL and shm private when it opens them", () => {
    const filePath = join(tempDir(), 'cache', 'member-cache.sqlite');
    const first = openTracked(filePath).db;
    expectUsable(first);
    for (const suffix of SQLITE_FILES) chmodSync(filePath + suffix, 0o644);

    const { db, onWarning } = openTracked(filePath);
    expectUsable(db);
    expect(SQLITE_FILES.map((suffix) => modeOf(filePath + suffix))).toEqual([0o600, 0o600, 0o600]);
    expect(onWarning).not.toHaveBeenCalled();
  });

  it.runIf(isPosix)('keeps a moved-aside file and its fresh replacement private', () => {
    const filePath = join(tempDir(), 'cache', 'member-cache.sqlite');
    mkdirSync(join(tempDir(), 'cache'));
    writeFileSync(filePath, randomBytes(16_384), { mode: 0o644 });
    chmodSync(filePath, 0o644);

    const { db } = openTracked(filePath);
    expectUsable(db);
    const [aside] = asideFiles('corrupt');
    expect(modeOf(join(tempDir(), 'cache', aside ?? 'missing'))).toBe(0o600);
    expect(SQLITE_FILES.map((suffix) => modeOf(filePath + suffix))).toEqual([0o600, 0o600, 0o600]);
  });
});
