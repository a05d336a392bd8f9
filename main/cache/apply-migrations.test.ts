import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { applyMigrations } from './apply-migrations';
import { migrations } from './migrations';

const opened: Database.Database[] = [];
afterEach(() => opened.splice(0).forEach((db) => db.close()));

function memoryDb(): Database.Database {
  const db = new Database(':memory:');
  opened.push(db);
  return db;
}

const tableNames = (db: Database.Database) =>
  db.prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all().map((row) => row.name);

describe('applyMigrations', () => {
  it('builds the schema once; running it again changes nothing and keeps the data', () => {
    const db = memoryDb();
    expect(applyMigrations(db, migrations)).toBe(migrations.length);
    db.prepare("INSERT INTO cache_meta (name, value) VALUES ('probe', 'kept')").run();
    const schema = tableNames(db);

    expect(applyMigrations(db, migrations)).toBe(migrations.length);
    expect(tableNames(db)).toEqual(schema);
    expect(db.prepare('SELECT value FROM cache_meta WHERE name = ?').get('probe')).toEqual({ value: 'kept' });
  });

  it('runs only the steps newer than the file', () => {
    const db = memoryDb();
    applyMigrations(db, [{ version: 1, sql: 'CREATE TABLE a (x)' }]);
    expect(applyMigrations(db, [{ version: 1, sql: 'CREATE TABLE a (x)' }, { version: 2, sql: 'CREATE TABLE b (y)' }])).toBe(2);
    expect(tableNames(db)).toEqual(['a', 'b']);
    expect(db.pragma('user_version', { simple: true })).toBe(2);
  });

  it('leaves the file untouched when a step fails', () => {
    const db = memoryDb();
    expect(() => applyMigrations(db, [{ version: 1, sql: 'CREATE TABLE a (x)' }, { version: 2, sql: 'CREATE TABLE oops (' }])).toThrow();
    expect(tableNames(db)).toEqual([]);
    expect(db.pragma('user_version', { simple: true })).toBe(0);
  });

  it('refuses steps that are not numbered 1, 2, 3 in order', () => {
    const db = memoryDb();
    expect(() => applyMigrations(db, [{ version: 2, sql: 'CREATE TABLE a (x)' }])).toThrow(/numbered 1, 2, 3/);
    expect(tableNames(db)).toEqual([]);
  });
});
