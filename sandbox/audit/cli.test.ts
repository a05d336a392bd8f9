import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../database/open-database';
import { runAuditCheck } from './cli';
import { createAuditTrail, type AuditDraft } from './create-audit-trail';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const tsxCli = join(repoRoot, 'node_modules/tsx/dist/cli.mjs');
const dir = mkdtempSync(join(tmpdir(), 'audit-cli-'));
const intact = join(dir, 'intact.sqlite');
const tampered = join(dir, 'tampered.sqlite');
const runCli = (args: string[]) => spawnSync(process.execPath, [tsxCli, 'sandbox/audit/cli.ts', ...args], { cwd: repoRoot, encoding: 'utf8' });

const draft = (n: number): AuditDraft => ({
  userId: 'rep1', userName: 'Jordan Alvarez', role: 'rep', action: 'getMemberProfile', memberId: `NSH40001234${n}`, outcome: 'ok',
  confirmationNumber: null, authority: null, idempotencyKey: null, resultCount: null, detail: null,
});

/** A trail of five entries (no members seeded: the trail does not need them). */
function writeTrail(path: string): void {
  const db = openDatabase(path, { purpose: 'serve' });
  const trail = createAuditTrail(db, () => new Date('2026-11-15T15:00:00Z'));
  for (let n = 1; n <= 5; n += 1) trail.append(draft(n));
  db.close();
}

beforeAll(() => {
  writeTrail(intact);
  writeTrail(tampered);
  const db = openDatabase(tampered, { purpose: 'serve' });
  db.exec("DROP TRIGGER audit_entries_no_update; UPDATE audit_entries SET outcome = 'FORBIDDEN' WHERE seq = 4;");
  db.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run audit:check', () => {
  it('exits 0 with the count and the head for an intact trail', () => {
    const result = runAuditCheck(['--db', intact]);
    expect(result.exitCode).toBe(0);
    expect(result.output).toMatch(/intact: 5 entries\. Newest: entry 5, hash [0-9a-f]{64}/);
  });

  it('exits 1 naming the first bad entry of a tampered one (the command as IT runs it)', () => {
    const result = runCli(['--db', tampered]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('BROKEN at entry 4');
  });

  it('exits 2 with the usage when it has nothing to check', () => {
    expect(runAuditCheck([])).toMatchObject({ exitCode: 2, output: expect.stringContaining('--db') });
    expect(runAuditCheck(['--db', join(dir, 'none.sqlite')])).toMatchObject({ exitCode: 2, output: expect.stringContaining('No database') });
    expect(runAuditCheck(['--bd', intact]).exitCode).toBe(2);
  });

  it('answers JSON with --json', () => {
    const result = runAuditCheck(['--db', tampered, '--json']);
    expect(result.exitCode).toBe(1);
    expect(JSON.parse(result.output)).toMatchObject({ isIntact: false, seq: 4, problem: 'edited', count: 3 });
  });
});
