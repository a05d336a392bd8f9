import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { build, parse } from 'plist';
import { describe, expect, it } from 'vitest';
import { ConfigSchema } from '../config-schema';
import { resolvePolicy } from '../resolve-policy';
import { createJsonFileSource } from '../sources/create-json-file-source';
import { createManagedPreferencesSource } from '../sources/create-managed-preferences-source';
import { createRegistrySource } from '../sources/create-registry-source';
import { buildAdminTemplates } from './build-admin-templates';

const repoRoot = new URL('../../../', import.meta.url);
const generated = buildAdminTemplates();
const file = (path: string) => {
  const content = generated.get(path);
  if (content === undefined) throw new Error(`${path} is not generated`);
  return content;
};
// Listed straight from the zod schema, independently of the generators' walk.
const SCHEMA_SETTINGS = Object.entries(ConfigSchema.shape).flatMap(([section, schema]) => Object.keys(schema.unwrap().shape).map((key) => `${section}.${key}`));
const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);
const exampleConfig = () => ConfigSchema.parse(JSON.parse(file('docs/admin/policy.example.json')));

function parseXml(text: string) {
  const errors: string[] = [];
  const document = new DOMParser({ onError: (level, message) => void errors.push(`${level}: ${message}`) }).parseFromString(text, 'text/xml');
  expect(errors).toEqual([]);
  return document;
}
const all = (root: { getElementsByTagName(name: string): ArrayLike<Element> }, tag: string): Element[] => Array.from(root.getElementsByTagName(tag));
const children = (parent: Element, tag: string) => Array.from(parent.childNodes).filter((node): node is Element => node.nodeType === 1 && (node as Element).tagName === tag);

describe('docs/admin (run `npm run admin-templates` after changing config-schema.ts)', () => {
  it.each([...generated.keys()])('%s matches the schema byte for byte', (path) => {
    const committed = readFileSync(new URL(path, repoRoot), 'utf8');
    expect(committed === generated.get(path), `${path} has drifted from main/policy/config-schema.ts: run npm run admin-templates`).toBe(true);
  });
});

describe('the Group Policy template', () => {
  const admx = parseXml(file('docs/admin/templates/RepConsole.admx'));
  const adml = parseXml(file('docs/admin/templates/en-US/RepConsole.adml'));
  const policies = all(admx, 'policy');

  it('has one policy per setting, under the registry key and value the reader expects', () => {
    const written = policies.map((policy) => {
      const valueName = policy.getAttribute('valueName') ?? all(policy, 'elements').flatMap((elements) => Array.from(elements.childNodes)).find((node): node is Element => node.nodeType === 1)?.getAttribute('valueName');
      return `${policy.getAttribute('key')}\\${valueName}`;
    });
    expect(written).toEqual(SCHEMA_SETTINGS.map((path) => `Software\\Policies\\RepConsole\\${path.split('.').map(pascal).join('\\')}`));
    expect(new Set(policies.map((policy) => policy.getAttribute('class')))).toEqual(new Set(['Both']));
  });

  it('resolves every string, presentation, category and element reference', () => {
    const strings = new Set(all(adml, 'string').map((node) => node.getAttribute('id')));
    const presentations = new Map(all(adml, 'presentation').map((node) => [node.getAttribute('id'), node]));
    const categories = new Set(all(admx, 'category').map((node) => node.getAttribute('name')));
    const text = file('docs/admin/templates/RepConsole.admx');
    for (const [, id] of text.matchAll(/\$\(string\.([^)]+)\)/g)) expect(strings.has(id ?? ''), `string ${id}`).toBe(true);
    for (const ref of all(admx, 'parentCategory').map((node) => node.getAttribute('ref'))) expect(categories.has(ref), `category ${ref}`).toBe(true);
    for (const policy of policies) {
      const reference = policy.getAttribute('presentation');
      const elementIds = all(policy, 'elements').flatMap((elements) => Array.from(elements.childNodes)).filter((node): node is Element => node.nodeType === 1).map((node) => node.getAttribute('id'));
      if (!reference) {
        expect(elementIds, `${policy.getAttribute('name')} has elements but no presentation`).toEqual([]);
        continue;
      }
      const presentation = presentations.get(/^\$\(presentation\.(.+)\)$/.exec(reference)?.[1] ?? '');
      expect(presentation, reference).toBeDefined();
      const refIds = Array.from(presentation?.childNodes ?? []).filter((node): node is Element => node.nodeType === 1).map((node) => node.getAttribute('refId'));
      expect(refIds, reference).toEqual(elementIds);
    }
  });

  it('writes what the registry reader turns back into the example policy', () => {
    // What Group Policy would leave in the registry with every policy Enabled at the example's values.
    const example = JSON.parse(file('docs/admin/policy.example.json')) as Record<string, Record<string, unknown>>;
    const lines: string[] = [''];
    for (const policy of policies) {
      lines.push(`HKEY_LOCAL_MACHINE\\${policy.getAttribute('key')}`);
      const [section, key] = SCHEMA_SETTINGS[policies.indexOf(policy)]?.split('.') ?? [];
      const value = example[section ?? '']?.[key ?? ''];
      const element = all(policy, 'elements').flatMap((elements) => Array.from(elements.childNodes)).find((node): node is Element => node.nodeType === 1);
      const valueName = policy.getAttribute('valueName') ?? element?.getAttribute('valueName');
      const written = !element
        ? `REG_DWORD    0x${children(policy, value ? 'enabledValue' : 'disabledValue')[0]?.getElementsByTagName('decimal')[0]?.getAttribute('value')}`
        : element.tagName === 'decimal'
          ? `REG_DWORD    0x${Number(value).toString(16)}`
          : element.tagName === 'multiText'
            ? `REG_MULTI_SZ    ${(value as string[]).join('\\0')}`
            : `REG_SZ    ${value ?? ''}`;
      lines.push(`    ${valueName}    ${written}`, '');
    }
    const source = createRegistrySource({ hive: 'HKLM', run: () => ({ status: 0, stdout: lines.join('\r\n'), stderr: '' }) });
    const warnings: string[] = [];
    const resolved = resolvePolicy([{ ...source, read: () => source.read((message) => warnings.push(message)) }]);
    expect(warnings).toEqual([]);
    expect(resolved.config).toEqual(exampleConfig());
    expect(Object.values(resolved.origins).every((origin) => origin === source.name)).toBe(true);
  });
});

describe('the macOS configuration profile', () => {
  const profile = parse(file('docs/admin/templates/com.repconsole.desktop.mobileconfig')) as Record<string, unknown>;
  const [payload] = profile.PayloadContent as Record<string, unknown>[];
  const settingKeys = Object.keys(payload ?? {}).filter((key) => !key.startsWith('Payload'));

  it('is a configuration profile with one payload for com.repconsole.desktop and one key per setting', () => {
    expect(profile).toMatchObject({ PayloadType: 'Configuration', PayloadVersion: 1, PayloadScope: 'System' });
    expect(payload).toMatchObject({ PayloadType: 'com.repconsole.desktop', PayloadVersion: 1 });
    for (const uuid of [profile.PayloadUUID, payload?.PayloadUUID]) expect(uuid).toMatch(/^[0-9A-F]{8}-[0-9A-F]{4}-5[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}$/);
    expect(settingKeys).toEqual(SCHEMA_SETTINGS.map((path) => path.split('.').map(pascal).join('')));
    const plain = parse(file('docs/admin/templates/com.repconsole.desktop.plist')) as Record<string, unknown>;
    expect(plain).toEqual(Object.fromEntries(settingKeys.map((key) => [key, payload?.[key]])));
  });

  it('installs keys the managed preferences reader turns back into the example policy', () => {
    const filePath = join(mkdtempSync(join(tmpdir(), 'mobileconfig-')), 'com.repconsole.desktop.plist');
    writeFileSync(filePath, build(Object.fromEntries(settingKeys.map((key) => [key, payload?.[key] as string]))));
    expect(resolvePolicy([createManagedPreferencesSource({ filePath })]).config).toEqual(exampleConfig());
  });
});

describe('the JSON Schema and the example policy', () => {
  it('validates the example with ajv and with the console itself, and refuses what the console refuses', async () => {
    const { Ajv2020 } = await import('ajv/dist/2020.js');
    const { default: addFormats } = await import('ajv-formats');
    const ajv = new Ajv2020({ strict: true, allErrors: true, strictTypes: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(file('docs/admin/policy.schema.json')) as object);
    const example = JSON.parse(file('docs/admin/policy.example.json')) as Record<string, Record<string, unknown>>;
    expect(validate(example), JSON.stringify(validate.errors)).toBe(true);
    expect(Object.keys(example).flatMap((section) => Object.keys(example[section] ?? {}).map((key) => `${section}.${key}`))).toEqual(SCHEMA_SETTINGS);
    const path = join(mkdtempSync(join(tmpdir(), 'example-')), 'policy.json');
    writeFileSync(path, JSON.stringify(example));
    expect(resolvePolicy([createJsonFileSource({ filePath: path })]).config).toEqual(exampleConfig());
    expect(validate({ cache: { ttlSecs: 60 } })).toBe(false);
    expect(validate({ session: { idleLockSeconds: 1 } })).toBe(false);
    expect(validate({ updates: { channel: 'beta' } })).toBe(false);
    expect(validate({ identity: { extraScopes: ['two words'] } })).toBe(false);
  });
});
