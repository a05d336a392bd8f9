import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiErrorSchema, SignInResponseSchema } from '../../shared/api/routes';
import { openDatabase } from '../database/open-database';
import { requestJson, type RequestOptions } from '../testing/request-json';
import { hasCompleteResponse, openRawConnection, parseRawResponse, readRaw, sendRawHttp } from '../testing/send-raw-http';
import { startTestSandbox, type TestSandbox } from '../testing/start-test-sandbox';
import { createSandboxServer } from './create-sandbox-server';

let test: TestSandbox;
let token: string;
let memberId: string;
let mbi: string;
const UNKNOWN_ID = 'NSH000000001';

/** Parses as the contract's error body and repeats none of `secrets` (the path, identifiers sent). */
function expectApiError(text: string, secrets: readonly string[]): { code: string; message: string } {
  const { error } = ApiErrorSchema.parse(JSON.parse(text));
  for (const secret of secrets) expect(text.toLowerCase(), `echoes ${secret}`).not.toContain(secret.toLowerCase());
  return error;
}

async function fetchError(path: string, options: RequestOptions & { contentType?: string } = {}) {
  const response = await fetch(new URL(path, test.sandbox.url), {
    method: options.method ?? (options.rawBody === undefined ? 'GET' : 'POST'),
    headers: { ...(options.token ? { authorization: `Bearer ${options.token}` } : {}), ...(options.contentType ? { 'content-type': options.contentType } : {}) },
    ...(options.rawBody === undefined ? {} : { body: options.rawBody }),
  });
  return { status: response.status, text: await response.text(), headers: response.headers };
}

const raw = (requestLine: string, headers: readonly string[] = []) =>
  sendRawHttp(test.sandbox.url, [requestLine, 'Host: 127.0.0.1', ...headers, 'Connection: close', '', ''].join('\r\n'));

beforeAll(async () => {
  test = await startTestSandbox({ members: 20 });
  const db = openDatabase(test.sandbox.dbPath, { purpose: 'inspect' });
  ({ memberId, mbi } = db.prepare<[], { memberId: string; mbi: string }>('SELECT member_id AS memberId, mbi FROM members LIMIT 1').get()!);
  db.close();
  token = SignInResponseSchema.parse((await requestJson(test.sandbox.url, '/v1/sessions', { json: { username: 'rep1', password: 'sandbox' } })).body).token;
});

afterAll(() => test.stop());

describe('every non-2xx answer is an ApiError that quotes nothing from the request', () => {
  it('for unknown routes, wrong methods, unknown members and malformed IDs', async () => {
    const cases: [string, RequestOptions, number, string][] = [
      [`/v1/payments/${memberId}`, { token }, 404, 'NOT_FOUND'],
      [`/v1/members/${memberId}/profile`, { method: 'DELETE', token }, 404, 'NOT_FOUND'],
      ['/v1/clients', { method: 'PUT', token }, 404, 'NOT_FOUND'],
      [`/v1/members/${UNKNOWN_ID}/profile`, { token }, 404, 'NOT_FOUND'],
      ['/v1/members/NSH12345/profile', { token }, 400, 'INVALID_INPUT'],
      [`/v1/members/${memberId}/profile`, {}, 401, 'NOT_SIGNED_IN'],
      [`/v1/members/${'N'.repeat(120)}/profile`, { token }, 414, 'URI_TOO_LONG'],
    ];
    for (const [path, options, status, code] of cases) {
      const answer = await fetchError(path, options);
      expect(answer.status, path).toBe(status);
      expect(expectApiError(answer.text, [path, memberId, UNKNOWN_ID, 'NSH12345', 'N'.repeat(120)]).code).toBe(code);
      expect(answer.headers.get('cache-control')).toBe('no-store');
    }
    expect(expectApiError((await fetchError(`/v1/members/${UNKNOWN_ID}/profile`, { token })).text, []).message).toBe(
      'No member has that member ID. Check it with the caller, or search by MBI or name and date of birth.',
    );
  });

  it('for bodies that are not JSON, empty, of the wrong type, too large or invalid', async () => {
    const secret = `${mbi}-${memberId}`;
    const cases: [string, { rawBody: string; contentType?: string; token?: string }, number, string][] = [
      ['/v1/sessions', { rawBody: `{"username":"${secret}`, contentType: 'application/json' }, 400, 'INVALID_INPUT'],
      ['/v1/sessions', { rawBody: '', contentType: 'application/json' }, 400, 'INVALID_INPUT'],
      ['/v1/sessions', { rawBody: `username=${secret}`, contentType: 'application/x-www-form-urlencoded' }, 415, 'UNSUPPORTED_MEDIA_TYPE'],
      ['/v1/sessions', { rawBody: JSON.stringify({ username: secret, password: 'x'.repeat(1_100_000) }), contentType: 'application/json' }, 413, 'PAYLOAD_TOO_LARGE'],
      ['/v1/members/search', { rawBody: JSON.stringify({ by: 'mbi', mbi: `${mbi}9` }), contentType: 'application/json', token }, 400, 'INVALID_INPUT'],
      ['/v1/members/search', { rawBody: JSON.stringify({ by: secret }), contentType: 'application/json', token }, 400, 'INVALID_INPUT'],
    ];
    for (const [path, options, status, code] of cases) {
      const answer = await fetchError(path, options);
      expect(answer.status, options.rawBody.slice(0, 40)).toBe(status);
      expect(expectApiError(answer.text, [secret, mbi, memberId]).code).toBe(code);
    }
  });

  it("for the fault injector's answers", async () => {
    for (const status of [429, 500, 503]) {
      test.sandbox.faults.set({ failNext: { count: 1, status } });
      const answer = await fetchError(`/v1/members/${memberId}/profile`, { token });
      expect(answer.status).toBe(status);
      expectApiError(answer.text, [memberId]);
    }
  });

  it('for URLs that are not valid percent-encoding (FST_ERR_BAD_URL)', async () => {
    for (const path of ['/v1/members/%E0%A4%A/profile', '/%', `/v1/members/${memberId}%E0%A4%A/profile`]) {
      const answer = await raw(`GET ${path} HTTP/1.1`, [`Authorization: Bearer ${token}`]);
      expect(answer.status, path).toBe(400);
      expect(expectApiError(answer.body, [path, '%E0', memberId]).code).toBe('BAD_URL');
    }
  });

  it('for malformed HTTP and oversized headers, answered on the socket with Connection: close', async () => {
    const cases: [Promise<Awaited<ReturnType<typeof raw>>>, number, string][] = [
      [raw(`GET /v1/members/${memberId}/profile HTTP/1.1`, [`X-Member: ${memberId}`, `X-Padding: ${'a'.repeat(20_000)}`]), 431, 'HEADERS_TOO_LARGE'],
      [raw(`GET /v1/members/${memberId}/profile HTTP/1.1`, [`Bad Header${memberId}: x`]), 400, 'MALFORMED_REQUEST'],
      [sendRawHttp(test.sandbox.url, `NOT-HTTP ${memberId}\r\n\r\n`), 400, 'MALFORMED_REQUEST'],
      [raw(`POST /v1/sessions HTTP/1.1`, ['Content-Length: 5', 'Transfer-Encoding: chunked']), 400, 'MALFORMED_REQUEST'],
    ];
    for (const [sending, status, code] of cases) {
      const answer = await sending;
      expect(answer.status).toBe(status);
      expect(answer.headers.connection).toBe('close');
      expect(answer.headers['content-type']).toMatch(/^application\/json/);
      expect(expectApiError(answer.body, [memberId]).code).toBe(code);
    }
  });

  it('for a request on a kept-alive connection while the server is closing: 503 and Connection: close', async () => {
    const db = openDatabase(test.sandbox.dbPath, { purpose: 'serve' });
    const server = createSandboxServer({ db });
    let release = () => undefined as void;
    let onClosing = () => undefined as void;
    const isClosing = new Promise<void>((resolve) => (onClosing = resolve));
    server.app.addHook('preClose', () => {
      onClosing();
      return new Promise<void>((resolve) => (release = resolve));
    });
    const socket = await openRawConnection(await server.listen(0, '127.0.0.1'));
    try {
      const first = readRaw(socket, hasCompleteResponse);
      socket.write('GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
      expect(parseRawResponse(await first).status).toBe(200);
      const closed = server.close();
      await isClosing;
      const second = readRaw(socket, hasCompleteResponse);
      socket.write(`GET /v1/members/${memberId}/profile HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${token}\r\n\r\n`);
      const answer = parseRawResponse(await second);
      release();
      await closed;
      expect(answer.status).toBe(503);
      expect(answer.headers.connection).toBe('close');
      expect(expectApiError(answer.body, [memberId]).code).toBe('UNAVAILABLE');
    } finally {
      socket.destroy();
      db.close();
    }
  });
});
