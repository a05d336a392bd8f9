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
