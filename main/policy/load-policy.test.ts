import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'plist';
import { describe, expect, it } from 'vitest';
import { loadPolicy } from './load-config';
import { PolicyError } from './policy-error';
import type { RegQueryResult } from './sources/create-registry-source';

const fixture = (name: string) => readFileSync(new URL(`./sources/fixtures/${name}`, import.meta.url), 'utf8');
const NO_KEY: RegQueryResult = { status: 1, stdout: '', stderr: 'ERROR: The system was unable to find the specified registry key or value.' };

function userData(settings?: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'policy-user-'));
  if (settings !== undefined) writeFileSync(join(dir, 'settings.json'), JSON.stringify(settings));
  return dir;
}

function registry(answers: { HKLM?: string; HKCU?: string }) {
  return (args: readonly string[]): RegQueryResult => {
    const text = args[1]?.startsWith('HKLM') ? answers.HKLM : answers.HKCU;
    return text === undefined ? NO_KEY : { status: 0, stdout: text, stderr: '' };
  };
}

describe('which source wins, setting by setting', () => {
  it('on Windows: HKLM policy > HKCU policy > user settings > environment > defaults, with the origin of each setting', () => {
    const dir = userData({ backend: { url: 'https://elsewhere.plan.example' }, session: { idleLockSeconds: 900 }, logging: { level: 'debug' } });
    const policy = loadPolicy({
      platform: 'win32',
      env: { REPCONSOLE_BACKEND_URL: 'http://127.0.0.1:4010', REPCONSOLE_PROCESSOR_URL: 'http://127.0.0.1:4011', USERNAME: 'jdoe' },
      userDataDir: dir,
      runRegQuery: registry({ HKLM: fixture('reg-query-hklm.txt'), HKCU: fixture('reg-query-hkcu.txt') }),
    });
    const machine = 'Windows registry HKLM\\Software\\Policies\\RepConsole';
    const user = 'Windows registry HKCU\\Software\\Policies\\RepConsole';
    expect(policy.config.backend.url).toBe('https://m3p.plan.example');
    expect(policy.config.cache.ttlSeconds).toBe(3600);
    expect(policy.config.session.idleLockSeconds).toBe(300);
    expect(policy.config.logging.level).toBe('debug');
    expect(policy.config.processor.url).toBe('http://127.0.0.1:4011');
    expect(policy.config.backend.maxRetries).toBe(2);
    expect(policy.origins).toMatchObject({
      'backend.url': machine,
      'cache.ttlSeconds': machine,
      'session.idleLockSeconds': user,
      'logging.level': `user settings ${join(dir, 'settings.json')}`,
      'processor.url': 'environment',
      'backend.maxRetries': 'default',
      'updates.pinnedVersion': machine,
    });
    expect(policy.sources.map((source) => [source.name, source.isPresent])).toEqual([
      [machine, true],
      [user, true],
      [`user settings ${join(dir, 'settings.json')}`, true],
      ['environment', true],
    ]);
    expect(policy.warnings).toEqual([`${machine}: Updates: RolloutRing is not a setting this version knows; ignored`]);
  });

  it('on macOS: machine managed preferences > the user\'s managed preferences > user settings', () => {
    const root = mkdtempSync(join(tmpdir(), 'managed-root-'));
    mkdirSync(join(root, 'jdoe'));
    writeFileSync(join(root, 'com.repconsole.desktop.plist'), build({ BackendUrl: 'https://m3p.plan.example', CacheTtlSeconds: 3600 }));
    writeFileSync(join(root, 'jdoe', 'com.repconsole.desktop.plist'), build({ CacheTtlSeconds: 60, UpdatesChannel: 'pilot' }));
    const dir = userData({ updates: { channel: 'stable', deferralDays: 3 } });
    const policy = loadPolicy({ platform: 'darwin', env: {}, userDataDir: dir, username: 'jdoe', managedPreferencesRoot: root });
    expect(policy.config.cache.ttlSeconds).toBe(3600);
    expect(policy.config.updates).toMatchObject({ channel: 'pilot', deferralDays: 3 });
    expect(policy.origins['updates.channel']).toBe(`macOS managed preferences ${join(root, 'jdoe', 'com.repconsole.desktop.plist')}`);
    expect(policy.origins['cache.ttlSeconds']).toBe(`macOS managed preferences ${join(root, 'com.repconsole.desktop.plist')}`);
  });

  it("on Linux: /etc/rep-console/policy.json > user settings > a developer's REPCONSOLE_POLICY_FILE > environment", () => {
    const dir = userData({ softphone: { linkPort: 50_000 }, cache: { ttlSeconds: 120 } });
    const machineFile = join(dir, 'machine-policy.json');
    const devFile = join(dir, 'dev-policy.json');
    writeFileSync(machineFile, JSON.stringify({ backend: { url: 'https://m3p.plan.example' } }));
    writeFileSync(devFile, JSON.stringify({ backend: { url: 'http://127.0.0.1:4999' }, cache: { ttlSeconds: 600 }, session: { idleLockSeconds: 30 } }));
    const env = { REPCONSOLE_POLICY_FILE: devFile, REPCONSOLE_BACKEND_URL: 'http://127.0.0.1:4010', REPCONSOLE_PROCESSOR_URL: 'http://127.0.0.1:4011' };
    const policy = loadPolicy({ platform: 'linux', env, userDataDir: dir, policyPath: machineFile });
    expect(policy.config.backend.url).toBe('https://m3p.plan.example');
    expect(policy.config.cache.ttlSeconds).toBe(120);
    expect(policy.config.session.idleLockSeconds).toBe(30);
    expect(policy.config.processor.url).toBe('http://127.0.0.1:4011');
    expect(policy.origins['session.idleLockSeconds']).toBe(`policy file ${devFile} (REPCONSOLE_POLICY_FILE)`);
    expect(policy.origins['backend.url']).toBe(`policy file ${machineFile}`);
  });

  it('uses the defaults, and says so, when nothing is configured anywhere', () => {
    const policy = loadPolicy({ platform: 'win32', env: {}, userDataDir: userData(), runRegQuery: registry({}) });
    expect(policy.config.session.idleLockSeconds).toBe(600);
    expect(new Set(Object.values(policy.origins))).toEqual(new Set(['default']));
    expect(policy.sources.every((source) => !source.isPresent)).toBe(true);
  });
});

describe('a bad value anywhere stops start-up, naming the source and the setting', () => {
  it('reports every bad value of every source at once', () => {
    const dir = userData({ session: { idleLockSeconds: 1 }, updates: { channel: 'beta' }, theme: 'dark' });
    const attempt = () =>
      loadPolicy({ platform: 'win32', env: { REPCONSOLE_BACKEND_URL: 'http://m3p.plan.example' }, userDataDir: dir, runRegQuery: registry({ HKLM: fixture('reg-query-wrong-types.txt') }) });
    expect(attempt).toThrow(PolicyError);
    let message = '';
    try {
      attempt();
    } catch (error) {
      message = (error as Error).message;
    }
    const settings = `user settings ${join(dir, 'settings.json')}`;
    expect(message).toContain('Windows registry HKLM\\Software\\Policies\\RepConsole\\Backend: TimeoutMs: backend.timeoutMs must be a REG_DWORD');
    expect(message).toContain(`${settings}: session.idleLockSeconds must be a whole number from 5 to 28800, not 1`);
    expect(message).toContain(`${settings}: updates.channel must be one of stable, pilot`);
    expect(message).toContain(`${settings}: theme is not a section the console knows`);
    expect(message).toContain('environment variable REPCONSOLE_BACKEND_URL: backend.url must use https');
  });

  it('refuses a user settings file that is not JSON', () => {
    const dir = userData();
    writeFileSync(join(dir, 'settings.json'), '{ "session": ');
    expect(() => loadPolicy({ platform: 'linux', env: {}, userDataDir: dir, policyPath: join(dir, 'none.json') })).toThrow(`user settings ${join(dir, 'settings.json')} is not valid JSON`);
  });
});
