/**
 * Turns anything that stops a request — the sandbox's own refusals, Fastify's body, URL and routing
 * errors, Node's HTTP parser errors — into one SandboxApiError with the contract's code and a fixed
 * sentence. The framework's own messages are never passed on: they quote the path or the body.
 */
import { SandboxApiError } from './sandbox-api-error';

type Known = readonly [status: number, code: string, message: string];

const NOT_JSON: Known = [400, 'INVALID_INPUT', 'The request body is not valid JSON.'];

const KNOWN: Readonly<Record<string, Known>> = {
  FST_ERR_CTP_INVALID_JSON_BODY: NOT_JSON,
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'INVALID_INPUT', 'The request says it has a JSON body but sends none; send the body, or no Content-Type.'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'INVALID_INPUT', 'The request body is not as long as its Content-Length header says.'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the request body as application/json.'],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'PAYLOAD_TOO_LARGE', 'The request body is too large.'],
  FST_ERR_BAD_URL: [400, 'BAD_URL', 'The request path is not valid URL encoding.'],
  FST_ERR_MAX_PARAM_LENGTH: [414, 'URI_TOO_LONG', 'A part of the request path is too long for this API.'],
  HPE_HEADER_OVERFLOW: [431, 'HEADERS_TOO_LARGE', 'The request headers are too large.'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'REQUEST_TIMEOUT', 'The request took too long to arrive.'],
};

const MALFORMED: Known = [400, 'MALFORMED_REQUEST', 'The request is not well-formed HTTP.'];
const UNREADABLE: Known = [400, 'INVALID_INPUT', 'The request could not be read.'];
const INTERNAL: Known = [500, 'INTERNAL', 'The sandbox backend had a problem; see its console output.'];

function classify(error: unknown): Known {
  const { code, statusCode } = (typeof error === 'object' && error !== null ? error : {}) as { code?: unknown; statusCode?: unknown };
  const known = typeof code === 'string' ? KNOWN[code] : undefined;
  if (known) return known;
  if (typeof code === 'string' && code.startsWith('HPE_')) return MALFORMED;
  if (error instanceof SyntaxError) return NOT_JSON;
  if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) return [statusCode, UNREADABLE[1], UNREADABLE[2]];
  return INTERNAL;
}

/** The refusal to answer with; anything unrecognised is a 500 INTERNAL, for the sandbox to log. */
export function toApiError(error: unknown): SandboxApiError {
  if (error instanceof SandboxApiError) return error;
  const [status, code, message] = classify(error);
  return new SandboxApiError(status, code, message);
}
