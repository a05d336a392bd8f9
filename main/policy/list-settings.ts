/**
 * The settings as a flat list, walked generically from the schema's JSON Schema (one source: the zod
 * ConfigSchema). Policy readers and every admin template are built from this list, so a new setting
 * reaches the registry reader, the ADMX, the .mobileconfig and the examples without a hand-kept table.
 */
import { z } from 'zod';
import { ConfigSchema } from './config-schema';

/** Where Group Policy writes the console's policies, under HKLM (machine) and HKCU (user). */
export const REGISTRY_POLICY_KEY = 'Software\\Policies\\RepConsole';
/** The macOS preference domain managed profiles write (`/Library/Managed Preferences/<domain>.plist`). */
export const PREFERENCE_DOMAIN = 'com.repconsole.desktop';

export type SettingKind = 'string' | 'url' | 'integer' | 'boolean' | 'enum' | 'stringList';

export interface PolicySetting {
  /** Dotted path as in policy.json, e.g. `backend.timeoutMs`. */
  readonly path: string;
  readonly section: string;
  readonly key: string;
  readonly kind: SettingKind;
  readonly isNullable: boolean;
  readonly title: string;
  readonly description: string;
  readonly sectionTitle: string;
  readonly sectionDescription: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly maxLength?: number;
  readonly maxItems?: number;
  readonly values?: readonly string[];
  /** The value in force when nothing sets it. */
  readonly defaultValue: unknown;
  /** What templates show: the schema's first example, else the default. */
  readonly exampleValue: unknown;
  /** The section in PascalCase: the registry subkey and the ADMX category (`Backend`). */
  readonly sectionName: string;
  /** `Software\Policies\RepConsole\<Section>` and the value `<Key>`, both PascalCase. */
  readonly registryKey: string;
  readonly registryValue: string;
  /** The ADMX policy name and the managed-preferences key: `<Section><Key>`, e.g. `BackendTimeoutMs`. */
  readonly policyName: string;
}

interface JsonNode {
  type?: string;
  format?: string;
  enum?: unknown[];
  anyOf?: JsonNode[];
  items?: JsonNode;
  properties?: Record<string, JsonNode>;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  maxItems?: number;
}

const pascal = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);

function kindOf(node: JsonNode, path: string): SettingKind {
  if (node.enum) return 'enum';
  if (node.type === 'string') return node.format === 'uri' ? 'url' : 'string';
  if (node.type === 'integer' || node.type === 'boolean') return node.type;
  if (node.type === 'array' && node.items?.type === 'string') return 'stringList';
  throw new Error(`${path}: the admin templates cannot express this setting's type (${JSON.stringify(node)}); use a string, url, integer, boolean, enum or list of strings`);
}

interface Meta {
  title?: string;
  description?: string;
  examples?: unknown[];
}

/** The title and description IT reads: from `.meta()` (JSON Schema drops examples on the input side of a transform). */
function metaOf(schema: z.ZodType | undefined, what: string): Required<Pick<Meta, 'title' | 'description'>> & Meta {
  const meta = schema?.meta() as Meta | undefined;
  if (!meta?.title || !meta.description) throw new Error(`${what} needs .meta({ title, description }) in config-schema.ts: the admin templates show them to IT`);
  return { ...meta, title: meta.title, description: meta.description };
}

function describeLeaf(section: string, key: string, leaf: JsonNode, defaults: Record<string, Record<string, unknown>>): PolicySetting {
  const path = `${section}.${key}`;
  const inner = leaf.anyOf?.find((member) => member.type !== 'null') ?? leaf;
  const sectionSchema = (ConfigSchema.shape as Record<string, z.ZodPrefault<z.ZodObject>>)[section];
  const sectionMeta = metaOf(sectionSchema, `The ${section} section`);
  const meta = metaOf(sectionSchema?.unwrap().shape[key], path);
  const defaultValue = defaults[section]?.[key];
  const values = inner.enum?.map(String);
  return {
    path,
    section,
    key,
    kind: kindOf(inner, path),
    isNullable: leaf.anyOf?.some((member) => member.type === 'null') ?? false,
    title: meta.title,
    description: meta.description,
    sectionTitle: sectionMeta.title,
    sectionDescription: sectionMeta.description,
    ...(inner.minimum === undefined ? {} : { minimum: inner.minimum }),
    ...(inner.maximum === undefined ? {} : { maximum: inner.maximum }),
    ...(inner.maxLength === undefined ? {} : { maxLength: inner.maxLength }),
    ...(inner.maxItems === undefined ? {} : { maxItems: inner.maxItems }),
    ...(values ? { values } : {}),
    defaultValue,
    exampleValue: meta.examples?.[0] ?? defaultValue,
    sectionName: pascal(section),
    registryKey: `${REGISTRY_POLICY_KEY}\\${pascal(section)}`,
    registryValue: pascal(key),
    policyName: `${pascal(section)}${pascal(key)}`,
  };
}

let listed: readonly PolicySetting[] | undefined;

/** Every setting in schema order; throws if the schema holds a setting no template can express. */
export function listSettings(): readonly PolicySetting[] {
  if (listed) return listed;
  const json = z.toJSONSchema(ConfigSchema, { io: 'input', target: 'draft-2020-12' }) as JsonNode;
  const defaults = ConfigSchema.parse({}) as unknown as Record<string, Record<string, unknown>>;
  listed = Object.entries(json.properties ?? {}).flatMap(([section, sectionNode]) => {
    if (sectionNode.type !== 'object') throw new Error(`${section}: top-level settings must be sections (objects)`);
    return Object.entries(sectionNode.properties ?? {}).map(([key, leaf]) => describeLeaf(section, key, leaf, defaults));
  });
  return listed;
}

/** The setting at a dotted path, if there is one. */
export function findSetting(path: string): PolicySetting | undefined {
  return listSettings().find((setting) => setting.path === path);
}
