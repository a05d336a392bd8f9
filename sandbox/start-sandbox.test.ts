import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HealthResponseSchema, SignInResponseSchema } from '../shared/api/routes';
import { migrations, SEEDED_SCHEMA_VERSION } from './database/migrations';
import { openDatabase } from './database/open-database';
import { requestJson } from './testing/request-json';
import { startSandbox } from './start-sandbox';

const dir = mkdtempSync(join(tmpdir(), 'sandbox-start-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('startSandbox', () => {
  it('seeds a missing file, reuses it for the same parameters and reseeds it for others', async () => {
    const dbPath = join(dir, 'reuse.sqlite');
    const first = await startSandbox({ dbPath, members: 40, seed: 3 });
    expect(first.didSeed).toBe(true);
    expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    await first.close();
    const again = await startSandbox({ dbPath, members: 40, seed: 3 });
    expect(again.didSeed).toBe(false);
    await again.close();
    const other = await startSandbox({ dbPath, members: 40, seed: 3, asOf: '2026-06-30' });
    expect(other.didSeed).toBe(true);
    const health = HealthResponseSchema.parse((await requestJson(other.url, '/v1/health')).body);
    expect(health.asOf).toBe('2026-06-30');
    await other.close();
    await other.close();
  });

  it('migrates a file seeded before the newest seed-neutral steps in place instead of reseeding it', async () => {
    const dbPath = join(dir, 'seeded-schema.sqlite');
    await (await startSandbox({ dbPath, members: 30 })).close();
    // Back to the schema the seed wrote, as a file seeded before the later (seed-neutral) steps would be.
    const later = migrations.filter((step) => step.version > SEEDED_SCHEMA_VERSION);
    expect(later.length > 0 && later.every((step) => step.isSeedNeutral)).toBe(true);
    const tables = later.flatMap((step) => [...step.sql.matchAll(/CREATE TABLE (\w+)/g)].map((match) => match[1]!));
    // Columns later steps added to older tables go too (they would not exist in such a file).
    const columns = later.flatMap((step) => [...step.sql.matchAll(/ALTER TABLE (\w+) ADD COLUMN (\w+)/g)].map((match) => ({ table: match[1]!, column: match[2]! })));
    const old = openDatabase(dbPath, { purpose: 'serve' });
    for (const table of tables) old.exec(`DROP TABLE ${table}`);
    for (const { table, column } of columns.filter((c) => !tables.includes(c.table))) old.exec(`ALTER TABLE ${table} DROP COLUMN ${column}`);
    old.pragma(`user_version = ${SEEDED_SCHEMA_VERSION}`);
    old.close();
    const sandbox = await startSandbox({ dbPath, members: 30 });
    try {
      expect(sandbox.didSeed).toBe(false);
      const signIn = await requestJson(sandbox.url, '/v1/sessions', { json: { username: 'lead1', password: 'sandbox' } });
      const { token } = SignInResponseSchema.parse(signIn.body);
      expect((await requestJson(sandbox.url, '/v1/approvals', { token })).body).toEqual({ approvals: [] });
    } finally {
      await sandbox.close();
    }
    const migrated = openDatabase(dbPath, { purpose: 'inspect' });
    expect(migrated.pragma('user_version', { simple: true })).toBe(migrations.length);
    const present = migrated.prepare<[], string>("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables.every((table) => present.includes(table))).toBe(true);
    for (const { table, column } of columns) expect(migrated.prepare<[], string>(`SELECT name FROM pragma_table_info('${table}')`).pluck().all()).toContain(column);
    migrated.close();
  });

  it('reseeds a file seeded before the participation step, whose seeded data it changed', async () => {
    const dbPath = join(dir, 'schema-2.sqlite');
    await (await startSandbox({ dbPath, members: 30 })).close();
    const old = openDatabase(dbPath, { purpose: 'serve' });
    old.exec("UPDATE meta SET value = '1' WHERE key = 'schemaVersion'");
    old.close();
    const sandbox = await startSandbox({ dbPath, members: 30 });
    expect(sandbox.didSeed).toBe(true);
    await sandbox.close();
  });

  it('refuses to overwrite a file that is not a sandbox database', async () => {
    const dbPath = join(dir, 'notes.txt');
    writeFileSync(dbPath, 'precious notes');
    await expect(startSandbox({ dbPath, members: 10 })).rejects.toThrow(/is not a sandbox database/);
    expect(readFileSync(dbPath, 'utf8')).toBe('precious notes');
  });

  it('rejects parameters the seed cannot use, in words', async () => {
    await expect(startSandbox({ dbPath: join(dir, 'x.sqlite'), members: 0 })).rejects.toThrow('The member count must be a whole number from 1 to 1,000,000; got 0.');
    await expect(startSandbox({ dbPath: join(dir, 'x.sqlite'), asOf: '2026-02-30' })).rejects.toThrow(/real date/);
    await expect(startSandbox({ dbPath: join(dir, 'x.sqlite'), asOf: '2031-01-01' })).rejects.toThrow(/plan year 2031/);
  });

  it('seeds an as-of date early in 2025, when there is no earlier plan year to renew from', async () => {
    const sandbox = await startSandbox({ dbPath: join(dir, 'early.sqlite'), members: 60, asOf: '2025-02-10' });
    expect((await requestJson(sandbox.url, '/v1/health')).status).toBe(200);
    await sandbox.close();
  });
});
