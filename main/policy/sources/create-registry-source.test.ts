import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PolicyError } from '../policy-error';
import { resolvePolicy } from '../resolve-policy';
import { createRegistrySource, type RegQueryResult } from './create-registry-source';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const answering = (result: Partial<RegQueryResult>) => {
  const calls: (readonly string[])[] = [];
  const run = (args: readonly string[]): RegQueryResult => {
    calls.push(args);
    return { status: 0, stdout: '', stderr: '', ...result };
  };
  return { run, calls };
};
const NOT_FOUND = { status: 1, stderr: 'ERROR: The system was unable to find the specified registry key or value.\r\n' };

describe('the Windows registry policy reader', () => {
  it('reads every value type Group Policy writes, one subkey per section', () => {
    const { run, calls } = answering({ stdout: fixture('reg-query-hklm.txt') });
    const warnings: string[] = [];
    const values = createRegistrySource({ hive: 'HKLM', run, env: { USERNAME: 'jdoe' } }).read((message) => warnings.push(message));
    expect(calls).toEqual([['query', 'HKLM\\Software\\Policies\\RepConsole', '/s']]);
    expect(values).toEqual({
      backend: { url: 'https://m3p.plan.example', timeoutMs: 15_000 },
      cache: { ttlSeconds: 3600 },
      diagnostics: { destination: '\\\\fileserver\\diag\\jdoe' },
      identity: { issuerUrl: 'https://login.plan.example/realms/reps', extraScopes: ['groups', 'm3p.roles'] },
      softphone: { allowGlobalHotkeys: true, linkPort: 47_631 },
      updates: { channel: 'pilot', pinnedVersion: null, autoDownload: false },
    });
    expect(warnings).toEqual(['Updates: RolloutRing is not a setting this version knows; ignored']);
  });

  it('treats a missing key, or a key with no values, as nothing configured', () => {
    expect(createRegistrySource({ hive: 'HKLM', run: answering(NOT_FOUND).run }).read(() => {})).toBeNull();
    expect(createRegistrySource({ hive: 'HKLM', run: answering({ stdout: fixture('reg-query-empty.txt') }).run }).read(() => {})).toBeNull();
  });

  it('asks for the user policy under HKCU', () => {
    const { run, calls } = answering({ stdout: fixture('reg-query-hkcu.txt') });
    const source = createRegistrySource({ hive: 'HKCU', run });
    expect(source.name).toBe('Windows registry HKCU\\Software\\Policies\\RepConsole');
    expect(source.read(() => {})).toEqual({ cache: { ttlSeconds: 7200 }, session: { idleLockSeconds: 300 } });
    expect(calls[0]?.[1]).toBe('HKCU\\Software\\Policies\\RepConsole');
  });

  it('stops start-up on a value of the wrong registry type or a bad value, naming the key and the value', () => {
    const source = createRegistrySource({ hive: 'HKLM', run: answering({ stdout: fixture('reg-query-wrong-types.txt') }).run });
    const attempt = () => resolvePolicy([source]);
    expect(attempt).toThrow(PolicyError);
    const message = (() => {
      try {
        attempt();
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message).toContain('Windows registry HKLM\\Software\\Policies\\RepConsole\\Backend: TimeoutMs: backend.timeoutMs must be a REG_DWORD (a whole number), not REG_SZ');
    expect(message).toContain('Windows registry HKLM\\Software\\Policies\\RepConsole\\Softphone: AllowGlobalHotkeys: softphone.allowGlobalHotkeys must be 1 (on) or 0 (off), not 2');
  });

  it('names the registry value when the schema refuses what it holds', () => {
    const stdout = fixture('reg-query-wrong-types.txt').replace(/ {4}TimeoutMs.*\r\n/, '').replace(/\r\nHKEY_LOCAL_MACHINE\\Software\\Policies\\RepConsole\\Softphone[^]*$/, '\r\n');
    const source = createRegistrySource({ hive: 'HKLM', run: answering({ stdout }).run });
    expect(() => resolvePolicy([source])).toThrow('Windows registry HKLM\\Software\\Policies\\RepConsole\\Backend: Url: backend.url must use https');
  });

  it('refuses to start when reg.exe fails for another reason, rather than run without the policy', () => {
    const source = createRegistrySource({ hive: 'HKLM', run: answering({ status: 5, stderr: 'ERROR: Access is denied.' }).run });
    expect(() => source.read(() => {})).toThrow(/Windows registry HKLM\\Software\\Policies\\RepConsole cannot be read \(reg\.exe exit 5\): ERROR: Access is denied\./);
  });
});
