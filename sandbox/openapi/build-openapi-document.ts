/**
 * Builds the OpenAPI 3.1 document of the payer backend API from shared/api/routes.ts — the same zod
 * schemas the sandbox validates requests with and the console validates responses with — so a health
 * plan can build its real backend to the contract the console actually enforces.
 *
 * Schemas are converted with `io: 'input'`: a transform's input side is what a caller may send, and a
 * response is the input the console's parser accepts. Every shared schema becomes a named component.
 */
import { z } from 'zod';
import { apiRoutes, type ApiRoute, type ApiRouteError } from '../../shared/api/routes';
import { RoleSchema } from '../../shared/domain/session';
import { createSchemaRegistry } from './create-schema-registry';
import { flattenParameters } from './flatten-parameters';

type Json = Record<string, unknown>;

/** The document's own version; bump with any change to the contract. */
export const API_VERSION = '1.1.0';

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: ref('ApiError') } } });
const pascal = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const ERROR_RESPONSES = {
  InvalidInput: errorResponse('The input failed validation (code INVALID_INPUT); the message names the problem in words a rep can read.'),
  NotSignedIn: errorResponse('No bearer token, or one that is unknown, expired or revoked (code NOT_SIGNED_IN).'),
  Forbidden: errorResponse("The signed-in user's role may not call this operation (code FORBIDDEN)."),
  NotFound: errorResponse('No such member, or no such route (code NOT_FOUND).'),
  Unexpected: errorResponse('Any other failure, e.g. 503 while the backend is unavailable or closing. The body still carries code and message, and no error message repeats the path or a value sent.'),
} as const;

/** A route's own error (ApiRoute.errors), inline: its description, code and headers are its alone. */
function declaredError(error: ApiRouteError): Json {
  const headers = Object.entries(error.headers ?? {}).map(([name, header]) => [name, { description: header.description, schema: { type: header.type } }]);
  return { ...errorResponse(`${error.code}: ${error.description}`), ...(headers.length > 0 ? { headers: Object.fromEntries(headers) } : {}) };
}

function responsesFor(route: ApiRoute, responseId: string): Json {
  const responses: Json = { '200': { description: 'Success.', content: { 'application/json': { schema: ref(responseId) } } } };
  const errors = (name: keyof typeof ERROR_RESPONSES) => ({ $ref: `#/components/responses/${name}` });
  if (route.params || route.query || route.body) responses['400'] = errors('InvalidInput');
  if (route.roles.length > 0) responses['401'] = errors('NotSignedIn');
  if (route.roles.length > 0 && route.roles.length < RoleSchema.options.length) responses['403'] = errors('Forbidden');
  if (route.params) responses['404'] = errors('NotFound');
  for (const error of route.errors ?? []) responses[String(error.status)] = declaredError(error);
  responses.default = errors('Unexpected');
  return responses;
}

/** Returns the whole document as plain JSON, with keys in a stable order so the file diffs cleanly. */
export function buildOpenApiDocument(): Json {
  const names = createSchemaRegistry();
  const partIds = new Map<ApiRoute, { params?: string; query?: string; body?: string; response: string }>();
  const temporary = new Set<string>();
  for (const route of Object.values(apiRoutes) as ApiRoute[]) {
    // Path and query input become parameters; a name made up only for that is dropped from components.
    const tempName = (schema: z.ZodType, suffix: string) => {
      const isShared = names.registry.get(schema) !== undefined;
      const id = names.name(schema, `${pascal(route.operationId)}${suffix}`);
      if (!isShared) temporary.add(id);
      return id;
    };
    partIds.set(route, {
      ...(route.params ? { params: tempName(route.params, 'Params') } : {}),
      ...(route.query ? { query: tempName(route.query, 'Query') } : {}),
      ...(route.body ? { body: names.name(route.body, `${pascal(route.operationId)}Body`) } : {}),
      response: names.name(route.response, `${pascal(route.operationId)}Response`),
    });
  }
  const converted = z.toJSONSchema(names.registry, {
    target: 'draft-2020-12', io: 'input', unrepresentable: 'throw', uri: (id) => `#/components/schemas/${id}`, override: names.annotate,
  }).schemas as Record<string, Json>;
  const schemas: Record<string, Json> = {};
  for (const id of Object.keys(converted).sort()) {
    const { $id: _id, $schema: _schema, ...schema } = converted[id] ?? {};
    if (!temporary.has(id)) schemas[id] = schema;
  }
  const paths: Record<string, Json> = {};
  for (const route of Object.values(apiRoutes) as ApiRoute[]) {
    const ids = partIds.get(route);
    if (!ids) continue;
    const path = route.path.replace(/:([A-Za-z]+)/g, '{$1}');
    const parameters = [
      ...(ids.params ? flattenParameters(converted[ids.params] ?? {}, 'path') : []),
      ...(ids.query ? flattenParameters(converted[ids.query] ?? {}, 'query') : []),
    ];
    paths[path] = {
      ...paths[path],
      [route.method.toLowerCase()]: {
        operationId: route.operationId,
        summary: route.summary,
        ...(parameters.length > 0 ? { parameters } : {}),
        ...(ids.body ? { requestBody: { required: true, content: { 'application/json': { schema: ref(ids.body) } } } } : {}),
        responses: responsesFor(route, ids.response),
        security: route.roles.length > 0 ? [{ bearerAuth: [] }] : [],
        'x-roles': [...route.roles],
        ...(route.isReadOnly ? { 'x-read-only': true } : {}),
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Rep Console payer backend API',
      version: API_VERSION,
      description: 'The contract between Rep Console and a health plan\'s payer backend, generated from shared/api/routes.ts. '
        + 'Money is integer cents; dates are YYYY-MM-DD; instants are ISO 8601 with a time zone. Every non-2xx answer carries an ApiError body. '
        + 'Sign in with POST /v1/sessions and send the token as `Authorization: Bearer <token>`; sign out with DELETE /v1/sessions/current. '
        + '`x-roles` lists the roles an operation allows.',
    },
    servers: [{ url: 'http://127.0.0.1:{port}', description: 'The sandbox backend (npm run sandbox -- serve)', variables: { port: { default: '4010' } } }],
    paths,
    components: {
      schemas,
      responses: ERROR_RESPONSES,
      securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer', description: 'The token from POST /v1/sessions; valid for 8 hours in the sandbox, or until DELETE /v1/sessions/current.' } },
    },
  };
}
