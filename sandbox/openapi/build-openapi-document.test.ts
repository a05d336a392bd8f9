import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiRoutes } from '../../shared/api/routes';
import { openDatabase } from '../database/open-database';
import { backdateRequest, optInRequest } from '../testing/change-requests';
import { pickMembers } from '../testing/pick-members';
import { requestJson } from '../testing/request-json';
import { createSandboxCalls } from '../testing/sandbox-calls';
import { startTestSandbox, type TestSandbox } from '../testing/start-test-sandbox';
import { processorRoutes } from '../../shared/api/processor-routes';
import { buildOpenApiDocument, buildProcessorOpenApiDocument } from './build-openapi-document';
import { lintOpenApiDocument } from './lint-openapi-document';
import { OPENAPI_PATH, PROCESSOR_OPENAPI_PATH, renderOpenApiDocument, renderProcessorOpenApiDocument } from './write-openapi';

type Json = Record<string, unknown>;
const document = buildOpenApiDocument();
const schemas = (document.components as { schemas: Record<string, Json> }).schemas;

/** Ajv over the component schemas, with `#/components/schemas/X` rewritten to `#/$defs/X` so refs resolve. */
function createValidator() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  const rewritten = JSON.parse(JSON.stringify(schemas).replaceAll('#/components/schemas/', 'openapi-components#/$defs/')) as Record<string, Json>;
  ajv.addSchema({ $id: 'openapi-components', $defs: rewritten });
  return (id: string) => ajv.compile({ $ref: `openapi-components#/$defs/${id}` });
}

describe('docs/api/openapi.json', () => {
  it('is the current build of the contract (run `npm run openapi` after changing shared/api or shared/domain)', () => {
    expect(readFileSync(OPENAPI_PATH, 'utf8')).toBe(renderOpenApiDocument());
  });

  it('passes the lint: operation ids, summaries, ApiError errors, security, path parameters, resolvable refs', () => {
    expect(lintOpenApiDocument(document)).toEqual([]);
  });

  it('documents every route of the contract with its method', () => {
    const paths = document.paths as Record<string, Record<string, { operationId: string }>>;
    for (const route of Object.values(apiRoutes)) {
      const path = route.path.replace(/:([A-Za-z]+)/g, '{$1}');
      expect(paths[path]?.[route.method.toLowerCase()]?.operationId).toBe(route.operationId);
    }
  });

  it('catches what it should: a broken ref, a missing summary, an unsecured route', () => {
    const broken = JSON.parse(JSON.stringify(document)) as { paths: Record<string, Record<string, Json>> };
    const op = broken.paths['/v1/clients']!.get!;
    delete broken.paths['/v1/members/{memberId}/participation/opt-out']!.post!.parameters;
    delete op.summary;
    op.security = [];
    op.responses = { ...(op.responses as Json), '200': { $ref: '#/components/responses/Nope' } };
    const problems = lintOpenApiDocument(broken as unknown as Json);
    expect(problems).toContain('GET /v1/clients has no summary.');
    expect(problems).toContain('GET /v1/clients needs a sign-in but has no security scheme.');
    expect(problems).toContain('$ref #/components/responses/Nope points at nothing.');
    expect(problems).toContain('POST /v1/members/{memberId}/participation/opt-out changes a record but does not require the Idempotency-Key header.');
  });

  it('embeds JSON Schemas that compile under ajv strict mode', () => {
    const compile = createValidator();
    for (const id of Object.keys(schemas)) expect(() => compile(id), id).not.toThrow();
  });

  it('requires an Idempotency-Key header on every change, and lists every declared code under its status', () => {
    const paths = document.paths as Record<string, Record<string, { parameters?: Json[]; responses: Record<string, Json> }>>;
    const keyParameter = (document.components as { parameters: Record<string, Json> }).parameters.IdempotencyKey;
    expect(keyParameter).toMatchObject({ name: 'Idempotency-Key', in: 'header', required: true, schema: { type: 'string', format: 'uuid' } });
    for (const route of Object.values(apiRoutes)) {
      const op = paths[route.path.replace(/:([A-Za-z]+)/g, '{$1}')]![route.method.toLowerCase()]!;
      const hasKey = (op.parameters ?? []).some((p) => p.$ref === '#/components/parameters/IdempotencyKey');
      expect(hasKey, route.operationId).toBe('isIdempotent' in route && route.isIdempotent === true);
      for (const error of 'errors' in route ? route.errors : []) expect(op.responses[String(error.status)]?.['x-error-codes'], route.operationId).toContain(error.code);
      if (hasKey) expect(op.responses['400']?.['x-error-codes']).toEqual(['INVALID_INPUT', 'IDEMPOTENCY_KEY_REQUIRED']);
    }
  });

  it('describes requests by what a caller may send and responses by what a backend sends, where those differ', () => {
    expect(schemas.Mbi).toMatchObject({ type: 'string', pattern: expect.stringMatching(/^\^\[123456789\]\[ACDEFGHJKMNPQRTUVWXY\]/) });
    expect(schemas.MbiInput).not.toHaveProperty('pattern');
    expect(schemas.E164Phone?.pattern).toBe('^\\+1[2-9][0-9]{2}[2-9][0-9]{6}$');
    expect(schemas.MemberId?.pattern).toBe('^[A-Z]{3}\\d{9}$');
    expect(JSON.stringify(schemas.MemberSearchQuery)).toContain('#/components/schemas/MbiInput');
    expect(JSON.stringify(schemas.MemberSummary)).toContain('#/components/schemas/Mbi"');
    expect(schemas.ClientRules?.properties).toMatchObject({ refundApprovalThresholdCents: { type: 'integer', minimum: 0 } });
  });

  it('passes Redocly CLI lint (the recommended rules) with no errors or warnings, the processor document too', () => {
    const cli = fileURLToPath(new URL('../../node_modules/@redocly/cli/bin/cli.js', import.meta.url));
    const result = spawnSync(process.execPath, [cli, 'lint', '--format=stylish', OPENAPI_PATH, PROCESSOR_OPENAPI_PATH], {
      cwd: fileURLToPath(new URL('../..', import.meta.url)), encoding: 'utf8',
    });
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout + result.stderr).toMatch(/Your API descriptions? (is|are) valid/);
    expect(result.stdout + result.stderr).not.toMatch(/You have \d+ (warning|error)/);
  });
});

describe('docs/api/processor-openapi.json', () => {
  const processor = buildProcessorOpenApiDocument();

  it('is the current build of the processor contract, a document of its own apart from the payer API', () => {
    expect(readFileSync(PROCESSOR_OPENAPI_PATH, 'utf8')).toBe(renderProcessorOpenApiDocument());
    expect(lintOpenApiDocument(processor)).toEqual([]);
    const paths = processor.paths as Record<string, Record<string, { operationId: string; responses: Record<string, Json> }>>;
    expect(Object.keys(paths)).toEqual(['/v1/tokens']);
    expect(paths['/v1/tokens']?.post?.responses['422']?.['x-error-codes']).toEqual(processorRoutes.createToken.errors.map((e) => e.code));
    expect((document.paths as Record<string, unknown>)['/v1/tokens']).toBeUndefined();
    expect(processor.components).not.toHaveProperty('securitySchemes');
  });
});

describe('the document describes what the sandbox really sends', () => {
  let test: TestSandbox;
  let token: string;
  const validate = createValidator();

  beforeAll(async () => {
    test = await startTestSandbox({ members: 80 });
    const signIn = await requestJson(test.sandbox.url, '/v1/sessions', { json: { username: 'lead1', password: 'sandbox' } });
    expect(validate('SignInResponse')(signIn.body)).toBe(true);
    token = (signIn.body as { token: string }).token;
  });

  afterAll(() => test.stop());

  it('matches changes, rules, settings and approvals, and accepts the requests the console sends', async () => {
    const { url, dbPath } = test.sandbox;
    const check = (id: string, body: unknown) => {
      const validator = validate(id);
      expect(validator(body), `${id}: ${JSON.stringify(validator.errors?.slice(0, 2))}`).toBe(true);
    };
    const calls = createSandboxCalls(() => url);
    const [member] = pickMembers(dbPath, (p) => p.participation.status !== 'active' && p.participation.optInEligibility.some((e) => e.planYear === 2026 && e.isEligible));
    const { memberId } = member!.member;
    const optIn = optInRequest();
    const backdate = backdateRequest('2026-09-01');
    check('OptInRequest', optIn);
    check('EffectiveDateChange', backdate);
    check('ChangeResult', (await calls.change(token, 'optIn', memberId, optIn)).body);
    check('ChangeResult', (await calls.change(token, 'backdate', memberId, backdate)).body);
    check('ApiError', (await calls.change(token, 'optIn', memberId, optIn)).body);
    check('ListApprovalsResponse', (await requestJson(url, '/v1/approvals', { token })).body);
    check('ClientRules', (await requestJson(url, '/v1/clients/bayside/rules', { token })).body);
    check('ProgramSettings', (await requestJson(url, '/v1/program/plan-years', { token })).body);
  });

  it('matches health, clients, agents, search results, every profile and errors', async () => {
    const { url } = test.sandbox;
    const check = (id: string, body: unknown) => {
      const validator = validate(id);
      expect(validator(body), `${id}: ${JSON.stringify(validator.errors?.slice(0, 2))}`).toBe(true);
    };
    check('HealthResponse', (await requestJson(url, '/v1/health')).body);
    check('ListClientsResponse', (await requestJson(url, '/v1/clients', { token })).body);
    check('ListTeamAgentsResponse', (await requestJson(url, '/v1/team/agents', { token })).body);
    check('ApiError', (await requestJson(url, '/v1/members/NSH000000000/profile', { token })).body);
    check('ApiError', (await requestJson(url, '/v1/members/search', { token, json: { by: 'mbi', mbi: 'nope' } })).body);
    const db = openDatabase(test.sandbox.dbPath, { purpose: 'inspect' });
    const memberIds = db.prepare<[], string>('SELECT member_id FROM members ORDER BY member_key').pluck().all();
    const phone = db.prepare<[], string>('SELECT phone FROM members LIMIT 1').pluck().get();
    db.close();
    const found = await requestJson(url, '/v1/members/search', { token, json: { by: 'phone', phone: phone ?? '' } });
    expect((found.body as { members: unknown[] }).members.length).toBeGreaterThan(0);
    check('SearchMembersResponse', found.body);
    for (const memberId of memberIds) check('MemberProfile', (await requestJson(url, `/v1/members/${memberId}/profile`, { token })).body);
    check('RevokeSessionResponse', (await requestJson(url, '/v1/sessions/current', { method: 'DELETE', token })).body);
    check('ApiError', (await requestJson(url, '/v1/sessions/current', { method: 'DELETE', token })).body);
  });
});
