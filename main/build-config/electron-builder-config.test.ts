import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const config = yaml.load(readFileSync(`${root}electron-builder.yml`, 'utf8')) as Record<string, unknown>;

describe('the installer configuration', () => {
  it("validates against electron-builder's own schema", () => {
    const schema = JSON.parse(readFileSync(`${root}node_modules/app-builder-lib/scheme.json`, 'utf8')) as object;
    const ajv = new Ajv({ strict: false, allErrors: true, allowUnionTypes: true });
    const validate = ajv.compile(schema);
    expect(validate(config), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('never rebuilds native modules for Node and ships the Electron-ABI SQLite apart', () => {
    expect(config.npmRebuild).toBe(false);
    expect(config.extraResources).toEqual([{ from: '.native/electron/better_sqlite3.node', to: 'native/better_sqlite3.node' }]);
  });

  it('turns off the fuses that let the app run as plain Node or load unsigned code', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('packages only built output, never the sandbox, the web host bundle or tests', () => {
    const files = config.files as string[];
    expect(files).toEqual(expect.arrayContaining(['out/main/**', 'out/preload/**', 'out/renderer/**']));
    expect(files.some((f) => /sandbox|web-bridge|e2e|\.test\./.test(f) && !f.startsWith('!'))).toBe(false);
  });
});

type Target = { target: string; arch?: string[] } | string;
const targetsOf = (platform: string) => ((config[platform] as { target: Target[] }).target ?? []).map((t) => (typeof t === 'string' ? t : t.target));
const section = (name: string) => config[name] as Record<string, unknown>;

describe('the installers IT deploys', () => {
  it('builds per-machine NSIS and MSI on Windows, DMG, pkg and the update zip on macOS, deb, rpm and AppImage on Linux', () => {
    expect(targetsOf('win')).toEqual(['nsis', 'msi']);
    expect(section('nsis')).toMatchObject({ perMachine: true, oneClick: false, include: 'build/installer.nsh', deleteAppDataOnUninstall: false });
    expect(section('msi')).toMatchObject({ perMachine: true });
    expect(targetsOf('mac')).toEqual(['dmg', 'pkg', 'zip']);
    expect(section('pkg')).toMatchObject({ installLocation: '/Applications', isRelocatable: false });
    expect(targetsOf('linux')).toEqual(['deb', 'rpm', 'AppImage']);
  });

  it('ships the hardened, notarised macOS app with its entitlements and uninstall script', () => {
    expect(section('mac')).toMatchObject({ hardenedRuntime: true, notarize: true, entitlements: 'build/entitlements.mac.plist' });
    expect(section('mac').extraResources).toEqual([{ from: 'build/installer-mac/uninstall-rep-console.sh', to: 'uninstall-rep-console.sh' }]);
  });

  it('hooks the uninstall clean-up into the Windows and Linux packages, with files that exist', () => {
    expect(section('deb').afterRemove).toBe('build/linux/after-remove.sh');
    expect(section('rpm').afterRemove).toBe('build/linux/after-remove.sh');
    for (const path of ['build/installer.nsh', 'build/linux/after-remove.sh', 'build/installer-mac/uninstall-rep-console.sh', 'build/entitlements.mac.plist']) {
      expect(() => readFileSync(`${root}${path}`), path).not.toThrow();
    }
  });

  it('publishes a generic feed, verifies the Windows publisher, and takes the runtime feed from policy', () => {
    expect(config.publish).toEqual([{ provider: 'generic', url: expect.stringMatching(/^https:\/\/[^/]+\.invalid\//) }]);
    expect(section('win')).toMatchObject({ verifyUpdateCodeSignature: true, signtoolOptions: { publisherName: expect.any(String) } });
    expect(readFileSync(`${root}main/electron/create-electron-update-engine.ts`, 'utf8')).toContain('url: policy.feedUrl');
  });

  it('holds no signing secret: certificates and passwords come from the release environment', () => {
    const text = readFileSync(`${root}electron-builder.yml`, 'utf8');
    const keys: string[] = [];
    const values: string[] = [];
    const walk = (value: unknown, path: string) => {
      if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) walk(child, path ? `${path}.${key}` : key);
      else {
        keys.push(path);
        values.push(String(value));
      }
    };
    walk(config, '');
    expect(keys.filter((key) => /csc|password|certificate|secret|apiKey|appleId|identity|keychain/i.test(key))).toEqual([]);
    // No key material, base64 blobs or inline credentials anywhere in the file (comments included).
    expect(text).not.toMatch(/-----BEGIN|[A-Za-z0-9+/]{60,}={0,2}|:\/\/[^/\s]*:[^@\s]*@/);
    expect(values.filter((value) => /\.(pfx|p12|p8|pem|key)$/i.test(value))).toEqual([]);
  });
});
