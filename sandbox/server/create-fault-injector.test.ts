import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiErrorSchema } from '../../shared/api/routes';
import { requestJson } from '../testing/request-json';
import { startTestSandbox, type TestSandbox } from '../testing/start-test-sandbox';

let test: TestSandbox;

beforeAll(async () => {
  test = await startTestSandbox({ members: 20 });
});

afterAll(() => test.stop());

describe('sandbox.faults', () => {
  it('answers the next requests with an injected status, then recovers', async () => {
    const { sandbox } = test;
    sandbox.faults.set({ failNext: { count: 2, status: 503 } });
    const before = sandbox.faults.requestCount();
    const first = await requestJson(sandbox.url, '/v1/health');
    const second = await requestJson(sandbox.url, '/v1/health');
    const third = await requestJson(sandbox.url, '/v1/health');
    expect([first.status, second.status, third.status]).toEqual([503, 503, 200]);
    expect(ApiErrorSchema.parse(first.body).error.code).toBe('UNAVAILABLE');
    expect(sandbox.faults.requestCount() - before).toBe(3);
    expect(sandbox.faults.current().failNext).toBeUndefined();
  });

  it('delays every answer until cleared', async () => {
    const { sandbox } = test;
    sandbox.faults.set({ delayMs: 250 });
    const started = performance.now();
    expect((await requestJson(sandbox.url, '/v1/health')).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(240);
    sandbox.faults.clear();
    const again = performance.now();
    await requestJson(sandbox.url, '/v1/health');
    expect(performance.now() - again).toBeLessThan(200);
  });

  it('drops a connection without answering, as a network failure', async () => {
    test.sandbox.faults.set({ dropNext: 1 });
    await expect(fetch(`${test.sandbox.url}/v1/health`)).rejects.toThrow();
    expect((await requestJson(test.sandbox.url, '/v1/health')).status).toBe(200);
  });

  it('cannot be reached or switched on over HTTP', async () => {
    for (const path of ['/v1/faults', '/faults', '/v1/sandbox/faults']) {
      expect((await requestJson(test.sandbox.url, path, { json: { failNext: { count: 5, status: 500 } } })).status).toBe(404);
    }
    expect(test.sandbox.faults.current()).toEqual({ delayMs: 0, dropNext: 0 });
  });

  it('rejects settings that make no sense', () => {
    expect(() => test.sandbox.faults.set({ failNext: { count: 1, status: 200 } })).toThrow(RangeError);
    expect(() => test.sandbox.faults.set({ delayMs: -1 })).toThrow(RangeError);
  });

  it('does not hold up closing the server while a delayed request waits', async () => {
    const other = await startTestSandbox({ members: 20 });
    other.sandbox.faults.set({ delayMs: 30_000 });
    const pending = fetch(`${other.sandbox.url}/v1/health`).catch(() => null);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = performance.now();
    await other.stop();
    expect(performance.now() - started).toBeLessThan(5_000);
    await pending;
  });
});
