/**
 * Checks the generated OpenAPI document for what a health plan's engineers will rely on: every
 * operation named, summarised, answering errors as ApiError, secured when it needs a sign-in, every
 * path parameter declared, every change requiring its Idempotency-Key header, and every $ref pointing
 * at something. Returns the problems, in words.
 */

type Json = Record<string, unknown>;

const asObject = (value: unknown): Json => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {});

/** Resolves a local `#/a/b` reference in the document, or undefined. */
export function resolveRef(document: Json, ref: string): unknown {
  if (!ref.startsWith('#/')) return undefined;
  let node: unknown = document;
  for (const segment of ref.slice(2).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))) {
    if (typeof node !== 'object' || node === null || !(segment in node)) return undefined;
    node = (node as Json)[segment];
  }
  return node;
}

function collectRefs(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((item) => collectRefs(item, found));
  else if (typeof node === 'object' && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') found.push(value);
      else collectRefs(value, found);
    }
  }
  return found;
}

function errorSchemaRef(document: Json, response: unknown): unknown {
  const resolved = asObject(typeof asObject(response).$ref === 'string' ? resolveRef(document, String(asObject(response).$ref)) : response);
  return asObject(asObject(asObject(resolved.content)['application/json']).schema).$ref;
}

/** Lists every problem found; an empty list means the document passes. */
export function lintOpenApiDocument(document: Json): string[] {
  const problems: string[] = [];
  if (document.openapi !== '3.1.0') problems.push(`openapi is ${String(document.openapi)}, not 3.1.0.`);
  const schemes = asObject(asObject(document.components).securitySchemes);
  const operationIds = new Set<string>();
  for (const [path, item] of Object.entries(asObject(document.paths))) {
    for (const [method, value] of Object.entries(asObject(item))) {
      const op = asObject(value);
      const where = `${method.toUpperCase()} ${path}`;
      const id = op.operationId;
      if (typeof id !== 'string' || id === '') problems.push(`${where} has no operationId.`);
      else if (operationIds.has(id)) problems.push(`${where} repeats operationId ${id}.`);
      else operationIds.add(id);
      if (typeof op.summary !== 'string' || op.summary.trim() === '') problems.push(`${where} has no summary.`);
      const responses = asObject(op.responses);
      if (!responses['200']) problems.push(`${where} has no 200 response.`);
      const errorCodes = Object.keys(responses).filter((code) => code === 'default' || /^[45]\d\d$/.test(code));
      if (errorCodes.length === 0) problems.push(`${where} documents no error response.`);
      for (const code of errorCodes) {
        if (errorSchemaRef(document, responses[code]) !== '#/components/schemas/ApiError') problems.push(`${where} answers ${code} without the ApiError body.`);
      }
      const roles = Array.isArray(op['x-roles']) ? op['x-roles'] : null;
      const security = Array.isArray(op.security) ? op.security.map(asObject) : null;
      if (!roles) problems.push(`${where} has no x-roles.`);
      if (!security) problems.push(`${where} does not state its security (use [] for open routes).`);
      else if (roles && roles.length > 0 && !security.some((s) => Object.keys(s).some((name) => name in schemes))) problems.push(`${where} needs a sign-in but has no security scheme.`);
      else if (roles && roles.length > 0 && !responses['401']) problems.push(`${where} needs a sign-in but documents no 401.`);
      const parameters = (Array.isArray(op.parameters) ? op.parameters : []).map((p) => asObject(typeof asObject(p).$ref === 'string' ? resolveRef(document, String(asObject(p).$ref)) : p));
      const declared = new Set(parameters.filter((p) => p.in === 'path').map((p) => p.name));
      if (op['x-idempotent'] === true && !parameters.some((p) => p.in === 'header' && p.name === 'Idempotency-Key' && p.required === true)) {
        problems.push(`${where} changes a record but does not require the Idempotency-Key header.`);
      }
      for (const [, name] of path.matchAll(/\{([^}]+)\}/g)) if (!declared.has(name)) problems.push(`${where} does not declare path parameter ${name}.`);
    }
  }
  for (const ref of new Set(collectRefs(document))) if (resolveRef(document, ref) === undefined) problems.push(`$ref ${ref} points at nothing.`);
  return problems;
}
