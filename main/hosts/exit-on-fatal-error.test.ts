import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { spawnListeningProcess } from '../../scripts/spawn-listening-process';

const tsx = fileURLToPath(new URL('../../node_modules/tsx/dist/cli.mjs', import.meta.url));
const fixture = fileURLToPath(new URL('./testing/crash-fixture.ts', import.meta.url));

function runFixture(dir: string, mode: 'exception' | 'rejection'): Promise<number | null> {
  const child = spawn(process.execPath, [tsx, fixture, dir, mode], { stdio: 'ignore' });
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

describe('a host process that meets an error nobody caught', () => {
  for (const mode of ['exception', 'rejection'] as const) {
    it(`logs it, stops what it started and exits 1 (${mode})`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'fatal-'));
      expect(await runFixture(dir, mode)).toBe(1);
      expect(existsSync(join(dir, 'cleaned-up'))).toBe(true);
      const log = readdirSync(join(dir, 'logs')).map((name) => readFileSync(join(dir, 'logs', name), 'utf8')).join('');
      expect(log).toContain('Rep Console stopped on an unexpected error');
      expect(log).toContain(mode === 'exception' ? 'a bug nobody caught' : 'a promise nobody awaited');
    });
  }
});

describe('a server started by a launcher', () => {
  const entries = [
    { name: 'the web host', entry: 'main/hosts/web-host-cli.ts', args: (dir: string) => ['--user-data', dir] },
    { name: 'the sandbox backend', entry: 'sandbox/cli.ts', args: (dir: string) => ['serve', '--members', '30', '--db', join(dir, 'sandbox.sqlite')] },
  ];
  for (const { name, entry, args } of entries) {
    it(`exits when its launcher goes away (its stdin pipe closes), so nothing is left running: ${name}`, async () => {
      const dir = mkdtempSync(join(tmpdir(), 'orphan-'));
      const server = await spawnListeningProcess(entry, args(dir), {
        env: { REPCONSOLE_BACKEND_URL: 'http://127.0.0.1:9', REPCONSOLE_POLICY_FILE: join(dir, 'none.json') },
      });
      const exited = new Promise<number | null>((resolve) => server.child.once('exit', (code) => resolve(code)));
      server.child.stdin?.end();
      expect(await exited).toBe(0);
    });
  }
});
