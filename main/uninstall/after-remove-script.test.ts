/**
 * Runs the deb/rpm after-remove script (build/linux/after-remove.sh) as electron-builder would render
 * it, with /bin/sh (rpm runs scriptlets so; deb uses its bash line), against a fake root in a temp
 * folder: users' data goes only when the policy file says so, and nothing else is touched.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true })));

/** electron-builder's template step (FpmTarget writeConfigFile): ${name} replaced, an unknown name fails the build. */
function render(template: string): string {
  const values: Record<string, string> = { executable: 'rep-console', sanitizedProductName: 'Rep Console', productFilename: 'Rep Console' };
  return template.replace(/\${([a-zA-Z]+)}/g, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`Macro ${name} is not defined`);
    return value;
  });
}

const DATA = ['cache/member-cache.sqlite', 'cache/member-cache.sqlite-wal', 'cache/cache.key', 'store/console-store.sqlite', 'store/store.key', 'softphone/pairing.bin', 'session/sign-in.bin', 'logs/rep-console.2026-03-01.1.log'];

interface FakeRoot {
  readonly root: string;
  /** Runs the rendered script as dpkg/rpm would, with this first argument. */
  run(arg: string): string;
  has(path: string): boolean;
  write(path: string, text?: string): void;
  readonly alternatives: string;
}

function fakeRoot(policy: string | null): FakeRoot {
  const root = mkdtempSync(join(tmpdir(), 'rep-console-root-'));
  roots.push(root);
  const write = (path: string, text = 'PHI') => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write('etc/passwd', 'root:x:0:0:root:/root:/bin/bash\ncarol:x:1003:1003::/srv/carol:/bin/bash\nnobody:x:65534:65534::/nonexistent:/usr/sbin/nologin\n');
  if (policy !== null) write('etc/rep-console/policy.json', policy);
  for (const home of ['home/alice', 'home/bob', 'srv/carol', 'root']) {
    for (const file of DATA) write(`${home}/.config/Rep Console/${file}`);
    write(`${home}/.config/Rep Console/settings.json`, '{}');
    write(`${home}/notes/member-cache.sqlite`);
  }
  // A stand-in for update-alternatives, so electron-builder's own step touches nothing real.
  write('stub/update-alternatives', '#!/bin/sh\necho "$@" >> "$REP_CONSOLE_ROOT/alternatives.log"\n');
  chmodSync(join(root, 'stub/update-alternatives'), 0o755);
  writeFileSync(join(root, 'after-remove.sh'), render(readFileSync(join(repoRoot, 'build/linux/after-remove.sh'), 'utf8')));
  return {
    root,
    write,
    has: (path) => existsSync(join(root, path)),
    run: (arg) => execFileSync('sh', [join(root, 'after-remove.sh'), arg], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, REP_CONSOLE_ROOT: root, PATH: `${join(root, 'stub')}:${process.env.PATH ?? ''}` } }),
    get alternatives() {
      return readFileSync(join(root, 'alternatives.log'), 'utf8');
    },
  };
}

const REMOVE = '{\n  "backend": { "url": "https://m3p.example-plan.com" },\n  "uninstall": { "removeUserData": true }\n}\n';
const everyUsersData = (fake: FakeRoot) => ['home/alice', 'home/bob', 'srv/carol', 'root'].flatMap((home) => DATA.map((file) => `${home}/.config/Rep Console/${file}`)).filter(fake.has);

describe('the deb/rpm after-remove script', () => {
  it("removes every user's cache, store, keys, token and logs when policy says so, and keeps everything else", () => {
    const fake = fakeRoot(REMOVE);
    const out = fake.run('remove');
    expect(everyUsersData(fake)).toEqual([]);
    for (const home of ['home/alice', 'home/bob', 'srv/carol', 'root']) {
      expect(fake.has(`${home}/.config/Rep Console/settings.json`)).toBe(true);
      expect(fake.has(`${home}/notes/member-cache.sqlite`)).toBe(true);
      expect(fake.has(`${home}/.config/Rep Console/cache`)).toBe(false); // emptied folders go
    }
    expect(out).toContain('removed the member cache and durable store in');
    // electron-builder's own step still runs, rendered with the package's names.
    expect(fake.alternatives).toBe('--remove rep-console /opt/Rep Console/rep-console\n');
  });

  it.each([
    ['no policy file', null],
    ['removeUserData false', '{"uninstall":{"removeUserData":false}}'],
    ['no uninstall section', '{"backend":{"url":"https://m3p.example-plan.com"}}'],
    ['the words only inside a string', '{"diagnostics":{"destination":"\\"uninstall\\":{\\"removeUserData\\":true}"}}'],
    ['a later uninstall section without it (JSON.parse keeps the last)', '{"uninstall":{"removeUserData":true},"uninstall":{}}'],
    ['"true" as a string', '{"uninstall":{"removeUserData":"true"}}'],
    ['the setting nested elsewhere', '{"x":{"uninstall":{"removeUserData":true}}}'],
    ['a truncated file', '{"uninstall":{"removeUserData":true}'],
    ['an array at the top', '[{"uninstall":{"removeUserData":true}}]'],
  ])('keeps every user\'s data with %s', (_case, policy) => {
    const fake = fakeRoot(policy);
    fake.run('purge');
    expect(everyUsersData(fake)).toHaveLength(4 * DATA.length);
  });

  it('keeps the data on an upgrade (deb "upgrade", rpm 1) and removes it on an rpm erase (0)', () => {
    const deb = fakeRoot(REMOVE);
    deb.run('upgrade');
    expect(everyUsersData(deb)).toHaveLength(4 * DATA.length);
    const rpmUpgrade = fakeRoot(REMOVE);
    rpmUpgrade.run('1');
    expect(everyUsersData(rpmUpgrade)).toHaveLength(4 * DATA.length);
    const rpmErase = fakeRoot(REMOVE);
    rpmErase.run('0');
    expect(everyUsersData(rpmErase)).toEqual([]);
  });

  it('never follows a link planted in a user\'s folder', () => {
    const fake = fakeRoot(REMOVE);
    fake.write('var/lib/other-app/member-cache.sqlite');
    fake.write('etc/important.conf');
    const bob = join(fake.root, 'home/bob/.config/Rep Console');
    rmSync(join(bob, 'cache'), { recursive: true });
    symlinkSync(join(fake.root, 'var/lib/other-app'), join(bob, 'cache'));
    symlinkSync(join(fake.root, 'etc/important.conf'), join(bob, 'store/console-store.sqlite-wal'));
    const out = fake.run('remove');
    expect(fake.has('var/lib/other-app/member-cache.sqlite')).toBe(true);
    expect(fake.has('etc/important.conf')).toBe(true);
    expect(fake.has('home/bob/.config/Rep Console/store/console-store.sqlite')).toBe(false);
    expect(out).toContain(`${bob}/cache is not a folder of ours`);
  });

  it.runIf(process.getuid?.() === 0)("removes a user's data with that user's rights, not root's", () => {
    const fake = fakeRoot(REMOVE);
    const alice = join(fake.root, 'home/alice/.config/Rep Console');
    // alice owns her folder and files; a root-owned subfolder in it is beyond her rights, so it stays.
    execFileSync('chown', ['-R', '4242:4242', join(fake.root, 'home/alice')]);
    chownSync(join(alice, 'logs'), 0, 0);
    chownSync(join(alice, 'logs/rep-console.2026-03-01.1.log'), 0, 0);
    chmodSync(join(fake.root, 'home'), 0o755);
    chmodSync(fake.root, 0o755);
    fake.run('remove');
    expect(fake.has('home/alice/.config/Rep Console/cache/member-cache.sqlite')).toBe(false);
    expect(fake.has('home/alice/.config/Rep Console/logs/rep-console.2026-03-01.1.log')).toBe(true);
  });
});
