import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ApiErrorSchema, apiRoutes, SignInResponseSchema } from '../../shared/api/routes';
import { requestJson } from '../testing/request-json';
import { startTestSandbox, type TestSandbox } from '../testing/start-test-sandbox';
import { SIGN_IN_LIMITS } from './create-sign-in-throttle';
import { describeWait } from './too-many-attempts';

let test: TestSandbox;
let clock = Date.now();

const signIn = (username: string, password = 'sandbox') => requestJson(test.sandbox.url, '/v1/sessions', { json: { username, password } });
const failTimes = async (username: string, times: number) => {
  for (let i = 0; i < times; i += 1) expect((await signIn(username, `wrong-${i}`)).status).toBe(401);
};
const retryAfter = (response: { headers: Headers }) => Number(response.headers.get('retry-after'));

beforeAll(async () => {
  test = await startTestSandbox({ members: 20, now: () => new Date(clock) });
});

afterAll(() => test.stop());

// Every count is forgotten 15 minutes after its lock-out ends, and lock-outs last 15 minutes at most.
beforeEach(() => {
  clock += 60 * 60_000;
});

describe('sign-in throttling', () => {
  it('refuses even the right password after 5 failures, with Retry-After and the contract error', async () => {
    await failTimes('rep1', SIGN_IN_LIMITS.failuresPerUserName);
    const refused = await signIn('rep1');
    expect(refused.status).toBe(429);
    expect(retryAfter(refused)).toBe(60);
    const declared = apiRoutes.createSession.errors.find((e) => e.status === 429);
    expect(ApiErrorSchema.parse(refused.body).error).toEqual({ code: declared?.code, message: 'Too many sign-in attempts. Try again in 1 minute.' });
    clock += 30_500;
    const later = await signIn('rep1');
    expect(retryAfter(later)).toBe(30);
    expect(ApiErrorSchema.parse(later.body).error.message).toBe('Too many sign-in attempts. Try again in 30 seconds.');
  });

  it('lets the right password in once the clock passes Retry-After, and that success clears the count', async () => {
    await failTimes('REP1 ', SIGN_IN_LIMITS.failuresPerUserName);
    const refused = await signIn('rep1');
    clock += retryAfter(refused) * 1000;
    expect(SignInResponseSchema.parse((await signIn('rep1')).body).user.id).toBe('rep1');
    await failTimes('rep1', SIGN_IN_LIMITS.failuresPerUserName - 1);
    expect((await signIn('rep1')).status).toBe(200);
  });

  it('throttles unknown user names exactly like known ones', async () => {
    await failTimes('nobody', SIGN_IN_LIMITS.failuresPerUserName);
    const [unknown, known] = [await signIn('nobody'), await signIn('rep2')];
    expect(unknown.status).toBe(429);
    expect(retryAfter(unknown)).toBe(60);
    expect(ApiErrorSchema.parse(unknown.body).error.code).toBe('TOO_MANY_ATTEMPTS');
    expect(known.status).toBe(200);
  });

  it('blocks another user from the same address only once the address has 20 failures', async () => {
    await failTimes('rep1', SIGN_IN_LIMITS.failuresPerUserName);
    expect((await signIn('rep2')).status).toBe(200);
    for (const name of ['ghost-a', 'ghost-b', 'ghost-c']) await failTimes(name, 4);
    await failTimes('ghost-d', 2);
    expect((await signIn('rep2')).status).toBe(200);
    await failTimes('ghost-d', 1);
    const blocked = await signIn('rep2');
    expect(blocked.status).toBe(429);
    expect(retryAfter(blocked)).toBe(60);
    expect((await signIn('lead1')).status).toBe(429);
  });

  it('doubles the lock-out for each failure after one, up to 15 minutes', async () => {
    await failTimes('lead1', SIGN_IN_LIMITS.failuresPerUserName);
    const waits: number[] = [];
    for (let lockout = 0; lockout < 6; lockout += 1) {
      const refused = await signIn('lead1');
      waits.push(retryAfter(refused));
      clock += retryAfter(refused) * 1000;
      await failTimes('lead1', 1);
    }
    expect(waits).toEqual([60, 120, 240, 480, 900, 900]);
    expect(ApiErrorSchema.parse((await signIn('lead1')).body).error.message).toBe('Too many sign-in attempts. Try again in 15 minutes.');
  });

  it('says the wait in seconds under a minute, else in minutes, always rounded up', () => {
    expect([1, 999, 1_000, 59_000, 59_001, 60_000, 61_000, 900_000].map(describeWait)).toEqual([
      '1 second', '1 second', '1 second', '59 seconds', '1 minute', '1 minute', '2 minutes', '15 minutes',
    ]);
  });
});
