/**
 * Converts the registry twice — request side (`io: 'input'`: what a caller may send) and response side
 * (`io: 'output'`: what a backend sends) — and keeps one component where the two agree. Where they
 * differ (a transform, or an object that may carry unknown keys on input only), the response keeps the
 * name and the request side is `…Input`; a component that refers to a differing one differs too.
 * Only components some operation reaches are kept.
 */
import { z } from 'zod';
import type { SchemaRegistry } from './create-schema-registry';

type Json = Record<string, unknown>;
const PREFIX = '#/components/schemas/';

/** The converted components and the name each side's root goes by. */
export interface ConvertedSchemas {
  readonly components: Record<string, Json>;
  /** The component name of a request-side schema (body, parameter). */
  readonly requestName: (id: string) => string;
  /** A request-side schema with its references renamed, for parameters flattened out of it. */
  readonly requestSchema: (id: string) => Json;
}

function convert(names: SchemaRegistry, io: 'input' | 'output'): Record<string, Json> {
  const schemas = z.toJSONSchema(names.registry, {
    target: 'draft-2020-12', io, uri: (id) => `${PREFIX}${id}`, override: names.annotate(io), unrepresentable: names.unrepresentable,
  }).schemas as Record<string, Json>;
  return Object.fromEntries(Object.entries(schemas).map(([id, { $id: _id, $schema: _schema, ...schema }]) => [id, schema]));
}

function refsIn(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((item) => refsIn(item, found));
  else if (typeof node === 'object' && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith(PREFIX)) found.add(value.slice(PREFIX.length));
      else refsIn(value, found);
    }
  }
  return found;
}

function reach(schemas: Record<string, Json>, roots: Iterable<string>): Set<string> {
  const seen = new Set<string>();
  const visit = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    refsIn(schemas[id]).forEach(visit);
  };
  [...roots].forEach(visit);
  return seen;
}

/**
 * A `$ref` with its own numeric bounds (`Cents` made non-negative) states the type again, which strict
 * validators require beside `minimum` and its kin.
 */
function tidy(node: unknown, schemas: Record<string, Json>, rename: (id: string) => string): unknown {
  if (Array.isArray(node)) return node.map((item) => tidy(item, schemas, rename));
  if (typeof node !== 'object' || node === null) return node;
  const entries = Object.entries(node).map(([key, value]) => [key, key === '$ref' && typeof value === 'string' && value.startsWith(PREFIX)
    ? `${PREFIX}${rename(value.slice(PREFIX.length))}` : tidy(value, schemas, rename)] as const);
  const result: Json = Object.fromEntries(entries);
  const original = (node as Json).$ref;
  const ref = typeof original === 'string' ? schemas[original.slice(PREFIX.length)] : undefined;
  const hasBounds = ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum'].some((key) => key in result);
  if (ref && hasBounds && result.type === undefined && ref.type !== undefined) result.type = ref.type;
  return result;
}

/** Converts both sides; `requestRoots` and `responseRoots` are the ids operations use directly. */
export function convertSchemas(names: SchemaRegistry, requestRoots: readonly string[], responseRoots: readonly string[], inlined: ReadonlySet<string>): ConvertedSchemas {
  const input = convert(names, 'input');
  const output = convert(names, 'output');
  const requests = reach(input, requestRoots);
  const responses = reach(output, responseRoots);
  const differs = new Set([...requests].filter((id) => responses.has(id) && JSON.stringify(input[id]) !== JSON.stringify(output[id])));
  for (let grew = true; grew;) {
    grew = false;
    for (const id of requests) {
      if (responses.has(id) && !differs.has(id) && [...refsIn(input[id])].some((ref) => differs.has(ref))) {
        differs.add(id);
        grew = true;
      }
    }
  }
  const requestName = (id: string) => (differs.has(id) ? `${id}Input` : id);
  const components: Record<string, Json> = {};
  for (const id of responses) components[id] = tidy(output[id], output, (ref) => ref) as Json;
  for (const id of requests) {
    if (inlined.has(id) || (responses.has(id) && !differs.has(id))) continue;
    if (components[requestName(id)]) throw new Error(`The request side of ${id} would overwrite the component ${requestName(id)}.`);
    components[requestName(id)] = tidy(input[id], input, requestName) as Json;
  }
  const sorted = Object.fromEntries(Object.keys(components).sort().map((id) => [id, components[id] ?? {}]));
  return { components: sorted, requestName, requestSchema: (id) => tidy(input[id] ?? {}, input, requestName) as Json };
}
