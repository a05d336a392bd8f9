/**
 * Builds the OpenAPI 3.1 document of the payer backend API from shared/api/routes.ts — the same zod
 * schemas the sandbox validates requests with and the console validates responses with — so a health
 * plan can build its real backend to the contract the console actually enforces.
 *
 * Requests are described by the schemas' input side (what a caller may send), responses by their
 * output side (the normalised form a backend sends); see convert-schemas.ts. Every shared schema a
 * route reaches becomes a named component.
 */
import type { z } from 'zod';
import { processorRoutes } from '../../shared/api/processor-routes';
import { apiRoutes, type ApiRoute } from '../../shared/api/routes';
import { convertSchemas } from './convert-schemas';
import { createSchemaRegistry } from './create-schema-registry';
import { describeResponses, ERROR_RESPONSES, IDEMPOTENT_REPLAYED } from './describe-responses';
import { flattenParameters } from './flatten-parameters';

type Json = Record<string, unknown>;

/** The document's own version; bump with any change to the contract. */
export const API_VERSION = '1.3.0';

const pascal = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

const IDEMPOTENCY_KEY = {
  name: 'Idempotency-Key',
  in: 'header',
  required: true,
  description: 'A UUID the console makes once per rep action and sends with every attempt of it. The backend stores the first answer with a '
    + 'fingerprint of the request, in the same transaction as the change: the same key and request get that answer again (with '
    + '`Idempotent-Replayed: true`) and change nothing; the same key with another request is refused with 422 IDEMPOTENCY_KEY_REUSED. '
    + 'Keys are scoped to the signed-in user and remembered for at least 24 hours.',
  schema: { type: 'string', format: 'uuid' },
};

/** One service's document: its routes and the words around them. */
interface ServiceDocument {
  readonly routes: Readonly<Record<string, ApiRoute>>;
  readonly info: Json;
  readonly servers: readonly Json[];
}

/** The payment processor stand-in's own document: a separate service, with its own base URL. */
export const PROCESSOR_API_VERSION = '1.0.0';

/** Returns the whole document as plain JSON, with keys in a stable order so the file diffs cleanly. */
export function buildOpenApiDocument(): Json {
  return buildServiceDocument({
    routes: apiRoutes,
    info: {
      title: 'Rep Console payer backend API',
      version: API_VERSION,
      description: 'The contract between Rep Console and a health plan\'s payer backend, generated from shared/api/routes.ts. '
        + 'Money is integer cents; dates are YYYY-MM-DD; instants are ISO 8601 with a time zone. Every non-2xx answer carries an ApiError body. '
        + 'Send `Authorization: Bearer <token>`: an access token (JWT, RFC 9068) from the company\'s OpenID provider, whose `sub`, `role` '
        + 'and `client_ids` claims name the user, or, in the sandbox only, the token from POST /v1/sessions; sign out with DELETE /v1/sessions/current. '
        + '`x-roles` lists the roles an operation allows; a user reaches only the members of the clients they are assigned to. '
        + 'Operations marked `x-idempotent` change a record and require an Idempotency-Key header; their business refusals (409, 422) '
        + 'carry the codes each operation lists. Request schemas describe what a caller may send (`…Input` where that is looser than '
        + 'what a response carries); response schemas describe what a backend sends.',
    },
    servers: [{ url: 'http://127.0.0.1:{port}', description: 'The sandbox backend (npm run sandbox -- serve)', variables: { port: { default: '4010' } } }],
  });
}

/**
 * The tokenisation contract of shared/api/processor-routes.ts as its own document: the processor is a
 * separate service (its own base URL and timeouts in the console's policy), not part of the payer API.
 */
export function buildProcessorOpenApiDocument(): Json {
  return buildServiceDocument({
    routes: processorRoutes,
    info: {
      title: 'Rep Console payment processor tokenisation API (sandbox stand-in)',
      version: PROCESSOR_API_VERSION,
      description: 'The one processor call Rep Console makes: card or bank details in, a single-use token out. Generated from '
        + 'shared/api/processor-routes.ts. The digits and the security code are checked and never stored or logged; the answer carries only '
        + 'the token, kind, brand, last four and expiry, which the console saves on the member through the payer backend (addPaymentMethod). '
        + 'Every non-2xx answer carries an ApiError body. A real processor\'s API differs; the console adapts to it in its processor client.',
    },
    servers: [{ url: 'http://127.0.0.1:{port}', description: 'The sandbox processor stand-in (its URL is processorUrl in the sandbox serve line)', variables: { port: { default: '4011' } } }],
  });
}

function buildServiceDocument(service: ServiceDocument): Json {
  const names = createSchemaRegistry();
  const partIds = new Map<ApiRoute, { params?: string; query?: string; body?: string; response: string }>();
  const inlined = new Set<string>();
  for (const route of Object.values(service.routes)) {
    // Path and query input become parameters; a name made up only for that is not a component.
    const parameterName = (schema: z.ZodType, suffix: string) => {
      const isShared = names.registry.get(schema) !== undefined;
      const id = names.name(schema, `${pascal(route.operationId)}${suffix}`);
      if (!isShared) inlined.add(id);
      return id;
    };
    partIds.set(route, {
      ...(route.params ? { params: parameterName(route.params, 'Params') } : {}),
      ...(route.query ? { query: parameterName(route.query, 'Query') } : {}),
      ...(route.body ? { body: names.name(route.body, `${pascal(route.operationId)}Body`) } : {}),
      response: names.name(route.response, `${pascal(route.operationId)}Response`),
    });
  }
  const parts = [...partIds.values()];
  const requestRoots = parts.flatMap((p) => [p.params, p.query, p.body].filter((id) => id !== undefined));
  const converted = convertSchemas(names, requestRoots, [...parts.map((p) => p.response), 'ApiError'], inlined);
  const paths: Record<string, Json> = {};
  for (const [route, ids] of partIds) {
    const path = route.path.replace(/:([A-Za-z]+)/g, '{$1}');
    const parameters = [
      ...(ids.params ? flattenParameters(converted.requestSchema(ids.params), 'path') : []),
      ...(ids.query ? flattenParameters(converted.requestSchema(ids.query), 'query') : []),
      ...(route.isIdempotent ? [{ $ref: '#/components/parameters/IdempotencyKey' }] : []),
    ];
    paths[path] = {
      ...paths[path],
      [route.method.toLowerCase()]: {
        operationId: route.operationId,
        summary: route.summary,
        ...(parameters.length > 0 ? { parameters } : {}),
        ...(ids.body ? { requestBody: { required: true, content: { 'application/json': { schema: ref(converted.requestName(ids.body)) } } } } : {}),
        responses: describeResponses(route, ids.response),
        security: route.roles.length > 0 ? [{ bearerAuth: [] }] : [],
        'x-roles': [...route.roles],
        ...(route.isReadOnly ? { 'x-read-only': true } : {}),
        ...(route.isIdempotent ? { 'x-idempotent': true } : {}),
      },
    };
  }
  const routes = [...partIds.keys()];
  const hasChanges = routes.some((route) => route.isIdempotent === true);
  const hasSignIn = routes.some((route) => route.roles.length > 0);
  // Only the shared error responses some operation points at, so a small document carries no unused ones.
  const referenced = JSON.stringify(paths);
  const responses = Object.fromEntries(Object.entries(ERROR_RESPONSES).filter(([name]) => referenced.includes(`"#/components/responses/${name}"`)));
  return {
    openapi: '3.1.0',
    info: service.info,
    servers: service.servers,
    paths,
    components: {
      schemas: converted.components,
      ...(hasChanges ? { parameters: { IdempotencyKey: IDEMPOTENCY_KEY }, headers: { IdempotentReplayed: IDEMPOTENT_REPLAYED } } : {}),
      responses,
      ...(hasSignIn
        ? { securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', description: 'An access token from the OpenID provider (signature, issuer, audience and expiry checked), or the sandbox\'s token from POST /v1/sessions (8 hours); either stops working at DELETE /v1/sessions/current.' } } }
        : {}),
    },
  };
}
