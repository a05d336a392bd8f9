/**
 * The three uninstallers (Windows NSIS, deb/rpm, macOS) delete exactly the files main/uninstall lists
 * and read the policy setting where main/policy says IT's tools write it; the macOS script is run here
 * against a fake root, with a PlistBuddy stand-in that reads the plist as macOS's would.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'plist';
import { afterEach, describe, expect, it } from 'vitest';
import { listSettings, PREFERENCE_DOMAIN } from '../policy/list-settings';
import { LINUX_POLICY_PATH } from '../policy/sources/platform-policy-sources';
import { LOG_FOLDER_PATTERNS, USER_DATA_PATTERNS } from './user-data-files';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const read = (path: string) => readFileSync(join(repoRoot, path), 'utf8');
const nsis = read('build/installer.nsh');
const linux = read('build/linux/after-remove.sh');
const mac = read('build/installer-mac/uninstall-rep-console.sh');
const setting = listSettings().find((s) => s.path === 'uninstall.removeUserData');
/** Every quoted '<folder>/<name>' a shell script hands to its removal. */
const shellPatterns = (script: string) => [...script.matchAll(/'((?:\.|[a-z]+)\/[^'\s]+)'/g)].map((m) => m[1]).sort();

describe('what each uninstaller deletes', () => {
  it('is the list in user-data-files.ts, no more and no less', () => {
    const nsisPatterns = [...nsis.matchAll(/repConsoleRemove "\$\{RC_DATA\}" "([^"]+)" "([^"]+)"/g)].map((m) => `${m[1]}/${m[2]}`).sort();
    expect(nsisPatterns).toEqual([...USER_DATA_PATTERNS].sort());
    expect(shellPatterns(linux)).toEqual([...USER_DATA_PATTERNS].sort());
    expect(shellPatterns(mac)).toEqual([...USER_DATA_PATTERNS, ...LOG_FOLDER_PATTERNS.map((p) => `./${p}`)].sort());
  });

  it('reads the policy where Group Policy, the configuration profile and the Linux file put it', () => {
    expect(setting).toMatchObject({ registryKey: 'Software\\Policies\\RepConsole\\Uninstall', registryValue: 'RemoveUserData', kind: 'boolean' });
    expect(nsis).toContain(`ReadRegDWORD $R0 HKLM "${setting?.registryKey}" "${setting?.registryValue}"`);
    expect(mac).toContain(`/Library/Managed Preferences/${PREFERENCE_DOMAIN}.plist`);
    expect(mac).toContain(`Print :${setting?.policyName}`);
    expect(linux).toContain(`$rep_console_root${LINUX_POLICY_PATH}`);
    expect(linux).toContain('key[1] == "uninstall" && key[2] == "removeUserData"');
  });

  it('never removes data on an update (the old NSIS uninstaller runs then too)', () => {
    const body = nsis.slice(nsis.indexOf('!macro customUnInstall'));
    expect(body.indexOf('${ifNot} ${isUpdated}')).toBeGreaterThan(0);
    expect(body.indexOf('${ifNot} ${isUpdated}')).toBeLessThan(body.indexOf('ReadRegDWORD'));
  });
});

describe('the macOS uninstall script', () => {
  const roots: string[] = [];
  afterEach(() => roots.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true })));

  function fakeMac(removeUserData: boolean | null) {
    const root = mkdtempSync(join(tmpdir(), 'rep-console-mac-'));
    roots.push(root);
    const write = (path: string, text = 'PHI') => {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    };
    if (removeUserData !== null) write(`Library/Managed Preferences/${PREFERENCE_DOMAIN}.plist`, build({ [setting?.policyName ?? '']: removeUserData, UpdatesChannel: 'pilot' }));
    // PlistBuddy's `Print :Key` on an XML plist: the value, or exit 1 when the file or key is missing.
    write('stub/PlistBuddy', `#!${process.execPath}\nconst fs = require('node:fs'); const plist = require(${JSON.stringify(join(repoRoot, 'node_modules/plist'))});\nconst [, , , command, file] = process.argv; try { const value = plist.parse(fs.readFileSync(file, 'utf8'))[command.slice('Print :'.length)]; if (value === undefined) process.exit(1); console.log(String(value)); } catch { process.exit(1); }\n`);
    chmodSync(join(root, 'stub/PlistBuddy'), 0o755);
    for (const user of ['alice', 'bob']) {
      for (const file of ['cache/member-cache.sqlite', 'cache/cache.key.sealed', 'store/console-store.sqlite-wal', 'softphone/pairing.bin', 'settings.json']) write(`Users/${user}/Library/Application Support/Rep Console/${file}`);
      write(`Users/${user}/Library/Logs/Rep Console/rep-console.2026-03-01.1.log`);
    }
    write('Applications/Rep Console.app/Contents/Info.plist');
    const run = (...args: string[]) =>
      execFileSync('bash', [join(repoRoot, 'build/installer-mac/uninstall-rep-console.sh'), ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, REP_CONSOLE_ROOT: root, REP_CONSOLE_PLISTBUDDY: join(root, 'stub/PlistBuddy') } });
    return { run, has: (path: string) => existsSync(join(root, path)) };
  }

  it("removes every user's data and logs when the profile says so, keeping their other files", () => {
    const mac = fakeMac(true);
    mac.run();
    for (const user of ['alice', 'bob']) {
      expect(mac.has(`Users/${user}/Library/Application Support/Rep Console/cache`)).toBe(false);
      expect(mac.has(`Users/${user}/Library/Application Support/Rep Console/store`)).toBe(false);
      expect(mac.has(`Users/${user}/Library/Application Support/Rep Console/softphone/pairing.bin`)).toBe(false);
      expect(mac.has(`Users/${user}/Library/Application Support/Rep Console/settings.json`)).toBe(true);
      expect(mac.has(`Users/${user}/Library/Logs/Rep Console`)).toBe(false);
    }
    expect(mac.has('Applications/Rep Console.app')).toBe(false);
  });

  it.each([
    ['the profile says false', false],
    ['there is no profile', null],
  ])('keeps every user\'s data when %s, and --keep-app keeps the app', (_case, value) => {
    const mac = fakeMac(value);
    expect(mac.run('--keep-app')).toContain("every user's data was kept");
    expect(mac.has('Users/alice/Library/Application Support/Rep Console/cache/member-cache.sqlite')).toBe(true);
    expect(mac.has('Users/bob/Library/Logs/Rep Console/rep-console.2026-03-01.1.log')).toBe(true);
    expect(mac.has('Applications/Rep Console.app')).toBe(true);
  });
});
