/**
 * OpenAPI describes query and path input as separate parameters, not as one schema. This flattens an
 * object schema — or a union of them, like the member search — into parameters, saying for each which
 * variant needs it ("Required when by is mbi").
 */

type Json = Record<string, unknown>;

/** An OpenAPI parameter object. */
export interface Parameter {
  readonly name: string;
  readonly in: 'path' | 'query';
  readonly required: boolean;
  readonly description?: string;
  readonly schema: Json;
}

const asObject = (value: unknown): Json => (typeof value === 'object' && value !== null ? (value as Json) : {});

/** Builds the parameter list from a JSON Schema object (or oneOf/anyOf of objects). */
export function flattenParameters(schema: Json, location: 'path' | 'query'): Parameter[] {
  const variants = (Array.isArray(schema.oneOf) ? schema.oneOf : Array.isArray(schema.anyOf) ? schema.anyOf : [schema]).map(asObject);
  const names: string[] = [];
  for (const variant of variants) for (const key of Object.keys(asObject(variant.properties))) if (!names.includes(key)) names.push(key);
  const constOf = (variant: Json, key: string): unknown => asObject(asObject(variant.properties)[key]).const;
  const discriminator = variants.length > 1 ? names.find((key) => variants.every((v) => constOf(v, key) !== undefined)) : undefined;
  return names.map((key): Parameter => {
    const having = variants.filter((v) => key in asObject(v.properties));
    const requiring = having.filter((v) => Array.isArray(v.required) && v.required.includes(key));
    const isRequired = location === 'path' || requiring.length === variants.length;
    if (key === discriminator) {
      return { name: key, in: location, required: true, schema: { type: 'string', enum: variants.map((v) => constOf(v, key)) } };
    }
    const distinct = [...new Map(having.map((v) => [JSON.stringify(asObject(v.properties)[key]), asObject(asObject(v.properties)[key])])).values()];
    const when = discriminator && !isRequired ? `Required when ${discriminator} is ${requiring.map((v) => String(constOf(v, discriminator))).join(' or ')}.` : undefined;
    return {
      name: key,
      in: location,
      required: isRequired,
      ...(when ? { description: when } : {}),
      schema: distinct.length === 1 ? (distinct[0] ?? {}) : { anyOf: distinct },
    };
  });
}
