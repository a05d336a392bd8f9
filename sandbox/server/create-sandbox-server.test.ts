import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiErrorSchema, apiRoutes, HealthResponseSchema, SignInResponseSchema } from '../../shared/api/routes';
import { MemberProfileSchema } from '../../shared/domain/member-profile';
import { parseMemberSearchText } from '../../shared/domain/member-search';
import { formatIsoDate } from '../../shared/lib/dates';
import { formatMbi } from '../../shared/lib/mbi';
import { formatPhone } from '../../shared/lib/phone';
import { openDatabase } from '../database/open-database';
import { requestJson } from '../testing/request-json';
import { startTestSandbox, type TestSandbox } from '../testing/start-test-sandbox';

interface Row { memberId: string; mbi: string; phone: string; firstName: string; lastName: string; dateOfBirth: string }

let test: TestSandbox;
let url: string;
let clock = Date.now();
let repToken: string;
let leadToken: string;
let someone: Row;
let household: Row[];

async function signIn(username: string, password = 'sandbox') {
  return requestJson(url, '/v1/sessions', { json: { username, password } });
}

function searchFor(text: string) {
  const parsed = parseMemberSearchText(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return requestJson(url, '/v1/members/search', { token: repToken, json: parsed.query });
}

const errorOf = (body: unknown) => ApiErrorSchema.parse(body).error;
const memberIdsIn = (body: unknown) => apiRoutes.searchMembers.response.parse(body).members.map((m) => m.memberId);

beforeAll(async () => {
  // Households sharing a phone are a few per thousand members: 500 holds at least one.
  test = await startTestSandbox({ members: 500, now: () => new Date(clock) });
  url = test.sandbox.url;
  const db = openDatabase(test.sandbox.dbPath, { purpose: 'inspect' });
  const columns = 'member_id AS memberId, mbi, phone, first_name AS firstName, last_name AS lastName, date_of_birth AS dateOfBirth';
  someone = db.prepare<[], Row>(`SELECT ${columns} FROM members m WHERE EXISTS (SELECT 1 FROM participations p WHERE p.member_key = m.member_key
    AND p.plan_year = 2026 AND p.status = 'active') ORDER BY member_key LIMIT 1`).get()!;
  household = db.prepare<[], Row>(`SELECT ${columns} FROM members WHERE phone = (SELECT phone FROM members GROUP BY phone HAVING count(*) > 1 LIMIT 1)`).all();
  db.close();
  repToken = SignInResponseSchema.parse((await signIn('rep1')).body).token;
  leadToken = SignInResponseSchema.parse((await signIn('LEAD1')).body).token;
});

afterAll(() => test.stop());

describe('sessions', () => {
  it('signs a rep in with a random bearer token valid for 8 hours', async () => {
    const { status, body } = await signIn('rep2');
    expect(status).toBe(200);
    const session = SignInResponseSchema.parse(body);
    expect(session.user).toEqual({ id: 'rep2', displayName: 'Priya Shah', role: 'rep', clientIds: ['northstar', 'cedar-valley'] });
    expect(session.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(session.token).not.toBe(repToken);
    expect(Date.parse(session.expiresAt) - clock).toBeGreaterThan(7.9 * 3_600_000);
  });

  it('refuses a wrong password or unknown user with the same sentence', async () => {
    for (const attempt of [signIn('rep1', 'wrong'), signIn('nobody')]) {
      const { status, body } = await attempt;
      expect(status).toBe(401);
      expect(errorOf(body)).toEqual({ code: 'NOT_SIGNED_IN', message: 'User name or password is wrong.' });
    }
  });

  it('answers 400 with a readable message for a missing field or a body that is not JSON', async () => {
    const missing = await requestJson(url, '/v1/sessions', { json: { username: 'rep1' } });
    expect(missing.status).toBe(400);
    expect(errorOf(missing.body)).toEqual({ code: 'INVALID_INPUT', message: 'Missing password.' });
    const blank = await requestJson(url, '/v1/sessions', { json: { username: ' ', password: 'x' } });
    expect(errorOf(blank.body).message).toBe('Enter your user name.');
    const garbled = await requestJson(url, '/v1/sessions', { rawBody: '{"username":' });
    expect(garbled.status).toBe(400);
    expect(errorOf(garbled.body)).toEqual({ code: 'INVALID_INPUT', message: 'The request body is not valid JSON.' });
  });

  it('ends a session after 8 hours', async () => {
    const { token } = SignInResponseSchema.parse((await signIn('rep2')).body);
    clock += 8 * 3_600_000 + 1_000;
    try {
      const { status, body } = await requestJson(url, '/v1/clients', { token });
      expect(status).toBe(401);
      expect(errorOf(body).message).toMatch(/Sign in again/);
    } finally {
      clock -= 8 * 3_600_000 + 1_000;
    }
  });
});

describe('authorisation', () => {
  it('serves health without sign-in and everything else only with a valid token', async () => {
    const health = await requestJson(url, '/v1/health');
    expect(HealthResponseSchema.parse(health.body)).toMatchObject({ status: 'ok', asOf: '2026-11-15', isSandbox: true });
    const anonymous = await requestJson(url, '/v1/clients');
    expect(anonymous.status).toBe(401);
    expect(errorOf(anonymous.body).code).toBe('NOT_SIGNED_IN');
    const forged = await requestJson(url, '/v1/clients', { token: 'x'.repeat(43) });
    expect(forged.status).toBe(401);
  });

  it('lets only team leads list the agents', async () => {
    const asRep = await requestJson(url, '/v1/team/agents', { token: repToken });
    expect(asRep.status).toBe(403);
    expect(errorOf(asRep.body)).toEqual({ code: 'FORBIDDEN', message: 'Only team leads can do that; you are signed in as a rep.' });
    const asLead = await requestJson(url, '/v1/team/agents', { token: leadToken });
    expect(asLead.status).toBe(200);
    expect(apiRoutes.listTeamAgents.response.parse(asLead.body).agents.map((a) => a.id)).toEqual(['rep1', 'rep2', 'lead1']);
  });

  it('lists the three white-label clients with their branding', async () => {
    const { body, headers } = await requestJson(url, '/v1/clients', { token: repToken });
    const { clients } = apiRoutes.listClients.response.parse(body);
    expect(clients.map((c) => [c.id, c.memberIdPrefix, c.brandColor])).toEqual([
      ['northstar', 'NSH', '#1d4ed8'], ['cedar-valley', 'CVM', '#047857'], ['bayside', 'BSC', '#9d174d'],
    ]);
    expect(headers.get('cache-control')).toBe('no-store');
  });
});

describe('member search', () => {
  it('finds a member by an MBI typed in lower case with dashes, as the console normalises it', async () => {
    const { status, body } = await searchFor(formatMbi(someone.mbi).toLowerCase());
    expect(status).toBe(200);
    expect(memberIdsIn(body)).toEqual([someone.memberId]);
  });

  it('finds a member by member ID, and by the full name or last name with date of birth', async () => {
    expect(memberIdsIn((await searchFor(someone.memberId.toLowerCase())).body)).toEqual([someone.memberId]);
    const dob = formatIsoDate(someone.dateOfBirth);
    expect(memberIdsIn((await searchFor(`${someone.lastName.toUpperCase()} ${dob}`)).body)).toContain(someone.memberId);
    expect(memberIdsIn((await searchFor(`${someone.firstName} ${someone.lastName} ${dob}`)).body)).toContain(someone.memberId);
    expect(memberIdsIn((await searchFor(`Nobodyhere ${dob}`)).body)).toEqual([]);
  });

  it('finds everyone on a shared household phone, sorted by last then first name', async () => {
    expect(household.length).toBeGreaterThan(1);
    const { body } = await searchFor(formatPhone(household[0]!.phone));
    const members = apiRoutes.searchMembers.response.parse(body).members;
    expect(members.map((m) => m.memberId).sort()).toEqual(household.map((m) => m.memberId).sort());
    const names = members.map((m) => `${m.lastName.toLowerCase()}|${m.firstName.toLowerCase()}`);
    expect(names).toEqual([...names].sort());
  });

  it('explains a bad query in words', async () => {
    const cases: [Record<string, string>, string][] = [
      [{ by: 'mbi', mbi: '1EG4TE5MK7' }, 'An MBI has 11 characters; this one has 10.'],
      [{ by: 'mbi', mbi: '1SG4TE5MK73' }, 'Character 2 of an MBI must be a letter; found "S" (S is never used in an MBI).'],
      [{ by: 'mbi' }, 'Missing mbi.'],
      [{ by: 'ssn', ssn: '1' }, 'by must be one of: mbi, memberId, phone, nameDob.'],
      [{ by: 'phone', phone: '12345' }, 'A phone number has 10 digits, e.g. (555) 201-4477.'],
      [{ by: 'nameDob', lastName: 'Smith', dateOfBirth: '1950-02-30' }, 'Use a real date as YYYY-MM-DD.'],
    ];
    for (const [query, message] of cases) {
      const { status, body } = await requestJson(url, '/v1/members/search', { token: repToken, json: query });
      expect(status).toBe(400);
      expect(errorOf(body)).toEqual({ code: 'INVALID_INPUT', message });
    }
  });
});

describe('member profile', () => {
  it('returns the whole record, parsing with the contract schema', async () => {
    const { status, body } = await requestJson(url, `/v1/members/${someone.memberId}/profile`, { token: repToken });
    expect(status).toBe(200);
    const profile = MemberProfileSchema.parse(body);
    expect(profile.member.memberId).toBe(someone.memberId);
    expect(profile.participation.status).toBe('active');
    expect(profile.billing?.planYear).toBe(2026);
    expect(profile.asOf).toBe('2026-11-15');
  });

  it('answers 404 for an unknown member and 400 for a malformed ID', async () => {
    const unknown = await requestJson(url, '/v1/members/NSH000000001/profile', { token: repToken });
    expect(unknown.status).toBe(404);
    expect(errorOf(unknown.body)).toEqual({ code: 'NOT_FOUND', message: 'No member has that member ID. Check it with the caller, or search by MBI or name and date of birth.' });
    const malformed = await requestJson(url, '/v1/members/12345/profile', { token: repToken });
    expect(malformed.status).toBe(400);
    expect(errorOf(malformed.body).message).toBe('A member ID is three letters and nine digits, e.g. NSH400012345.');
  });

  it('answers 404 in the error shape for a route the API does not have', async () => {
    const { status, body } = await requestJson(url, '/v1/payments', { token: repToken });
    expect(status).toBe(404);
    expect(errorOf(body).code).toBe('NOT_FOUND');
  });
});
