import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensurePrivateDir } from './ensure-private-dir';

const isPosix = process.platform !== 'win32';
const modeOf = (path: string) => statSync(path).mode & 0o777;
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rep-console-dir-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe.runIf(isPosix)('ensurePrivateDir', () => {
  it('creates the folder and every missing parent 0700, and leaves an existing parent alone', () => {
    chmodSync(dir, 0o755);
    ensurePrivateDir(join(dir, 'a', 'b', 'c'));
    expect([join(dir, 'a'), join(dir, 'a', 'b'), join(dir, 'a', 'b', 'c')].map(modeOf)).toEqual([0o700, 0o700, 0o700]);
    expect(modeOf(dir)).toBe(0o755);
  });

  it('tightens an existing folder only when asked to', () => {
    mkdirSync(join(dir, 'logs'), { mode: 0o755 });
    chmodSync(join(dir, 'logs'), 0o755);
    ensurePrivateDir(join(dir, 'logs'));
    expect(modeOf(join(dir, 'logs'))).toBe(0o755);
    ensurePrivateDir(join(dir, 'logs'), { tightenExisting: true });
    expect(modeOf(join(dir, 'logs'))).toBe(0o700);
  });

  it('gives the owner full access even under a umask that takes the owner bits away', () => {
    // process.umask is process-wide (and refused in workers), so the strict umask runs in a child.
    const target = join(dir, 'x', 'y');
    const code = `process.umask(0o277); const m = await import(${JSON.stringify(join(repoRoot, 'main/files/ensure-private-dir.ts'))}); m.ensurePrivateDir(${JSON.stringify(target)});`;
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { cwd: repoRoot, encoding: 'utf8' });
    expect(child.stderr).toBe('');
    expect([join(dir, 'x'), target].map(modeOf)).toEqual([0o700, 0o700]);
  });
});
