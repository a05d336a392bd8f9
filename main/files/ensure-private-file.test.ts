import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensurePrivateFile } from './ensure-private-file';

const isPosix = process.platform !== 'win32';
const modeOf = (path: string) => statSync(path).mode & 0o777;
let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rep-console-file-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('ensurePrivateFile', () => {
  it('creates a missing file empty and 0600 when asked, and never truncates an existing one', () => {
    const path = join(dir, 'member-cache.sqlite');
    expect(ensurePrivateFile(path)).toBe('absent');
    expect(ensurePrivateFile(path, { create: true })).toBe('created');
    expect(readFileSync(path)).toHaveLength(0);
    if (isPosix) expect(modeOf(path)).toBe(0o600);
    writeFileSync(path, 'kept');
    expect(ensurePrivateFile(path, { create: true })).toBe('unchanged');
    expect(readFileSync(path, 'utf8')).toBe('kept');
  });

  it.runIf(isPosix)('makes a file others could read 0600 and says so', () => {
    const path = join(dir, 'rep-console.2026-04-20.1.log');
    writeFileSync(path, 'line', { mode: 0o644 });
    chmodSync(path, 0o644);
    expect(ensurePrivateFile(path)).toBe('tightened');
    expect(modeOf(path)).toBe(0o600);
    expect(ensurePrivateFile(path)).toBe('unchanged');
  });

  it.runIf(isPosix)('leaves folders and symlinks alone instead of following them', () => {
    const outside = join(dir, 'outside.txt');
    writeFileSync(outside, 'x', { mode: 0o644 });
    chmodSync(outside, 0o644);
    symlinkSync(outside, join(dir, 'link'));
    mkdirSync(join(dir, 'folder'), { mode: 0o755 });
    expect(ensurePrivateFile(join(dir, 'link'), { create: true })).toBe('not-a-file');
    expect(ensurePrivateFile(join(dir, 'folder'), { create: true })).toBe('not-a-file');
    expect(modeOf(outside)).toBe(0o644);
  });
});
