import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, buildBinary } from 'plist';
import { describe, expect, it } from 'vitest';
import { resolvePolicy } from '../resolve-policy';
import { createManagedPreferencesSource, managedPreferencesPath } from './create-managed-preferences-source';

const folder = () => mkdtempSync(join(tmpdir(), 'managed-prefs-'));
const FIXTURE = new URL('./fixtures/managed-preferences.plist', import.meta.url);

describe('the macOS managed preferences reader', () => {
  it('reads the keys a configuration profile installs, skipping profile bookkeeping and reporting unknown keys', () => {
    const filePath = join(folder(), 'com.repconsole.desktop.plist');
    copyFileSync(FIXTURE, filePath);
    const warnings: string[] = [];
    expect(createManagedPreferencesSource({ filePath }).read((message) => warnings.push(message))).toEqual({
      backend: { url: 'https://m3p.plan.example' },
      cache: { ttlSeconds: 3600 },
      identity: { extraScopes: ['groups', 'm3p.roles'] },
      softphone: { allowGlobalHotkeys: true },
      updates: { pinnedVersion: null },
    });
    expect(warnings).toEqual(['UpdatesRolloutRing is not a setting this version knows; ignored']);
  });

  it('reads the binary plists macOS writes, without a helper process', () => {
    const filePath = join(folder(), 'com.repconsole.desktop.plist');
    writeFileSync(filePath, buildBinary({ SessionIdleLockSeconds: 120, UpdatesChannel: 'pilot' }));
    const convertBinary = () => {
      throw new Error('plutil must not be needed for a well-formed binary plist');
    };
    expect(createManagedPreferencesSource({ filePath, platform: 'darwin', convertBinary }).read(() => {})).toEqual({ session: { idleLockSeconds: 120 }, updates: { channel: 'pilot' } });
  });

  it("falls back to macOS's plutil for a binary plist the parser cannot read", () => {
    const filePath = join(folder(), 'com.repconsole.desktop.plist');
    writeFileSync(filePath, Buffer.concat([Buffer.from('bplist00'), Buffer.alloc(8)]));
    const converted: string[] = [];
    const convertBinary = (path: string) => {
      converted.push(path);
      return build({ LoggingLevel: 'debug' });
    };
    expect(createManagedPreferencesSource({ filePath, platform: 'darwin', convertBinary }).read(() => {})).toEqual({ logging: { level: 'debug' } });
    expect(converted).toEqual([filePath]);
    expect(() => createManagedPreferencesSource({ filePath, platform: 'linux', convertBinary }).read(() => {})).toThrow(/is not a readable property list/);
  });

  it('treats a missing file as nothing configured, and refuses a file that is not a dictionary', () => {
    const dir = folder();
    expect(createManagedPreferencesSource({ filePath: join(dir, 'absent.plist') }).read(() => {})).toBeNull();
    const filePath = join(dir, 'list.plist');
    writeFileSync(filePath, build(['BackendUrl']));
    expect(() => createManagedPreferencesSource({ filePath }).read(() => {})).toThrow(`macOS managed preferences ${filePath} must hold a dictionary`);
    writeFileSync(filePath, '<plist><dict><key>BackendUrl</key>');
    expect(() => createManagedPreferencesSource({ filePath }).read(() => {})).toThrow(/is not a readable property list/);
  });

  it('names the plist key when a value has the wrong type or is out of range', () => {
    const filePath = join(folder(), 'com.repconsole.desktop.plist');
    writeFileSync(filePath, build({ BackendTimeoutMs: '15000', SessionIdleLockSeconds: 1, SoftphoneAllowGlobalHotkeys: 1 }));
    const attempt = () => resolvePolicy([createManagedPreferencesSource({ filePath })]);
    expect(attempt).toThrow(`macOS managed preferences ${filePath}: BackendTimeoutMs: backend.timeoutMs must be a whole number from 500 to 120000, not text`);
    expect(attempt).toThrow(`${filePath}: SessionIdleLockSeconds: session.idleLockSeconds must be a whole number from 5 to 28800, not 1`);
    expect(attempt).toThrow(`${filePath}: SoftphoneAllowGlobalHotkeys: softphone.allowGlobalHotkeys must be true or false, not 1`);
  });

  it('knows where machine and per-user managed preferences live', () => {
    expect(managedPreferencesPath()).toBe('/Library/Managed Preferences/com.repconsole.desktop.plist');
    expect(managedPreferencesPath('jdoe')).toBe('/Library/Managed Preferences/jdoe/com.repconsole.desktop.plist');
  });
});
