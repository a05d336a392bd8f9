import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FloorEventSchema, type FloorEvent } from '../../shared/floor/floor-events';
import type { FloorSnapshot } from '../../shared/floor/floor-board';
import { openTestStream, type TestStream } from '../cti/testing/open-test-stream';
import { requestJson } from '../testing/request-json';
import { createSandboxCalls } from '../testing/sandbox-calls';
import { startTestSandbox, type TestSandbox } from '../testing/start-test-sandbox';
import { createFloorSimulator, type FloorSimulator } from './create-floor-simulator';

/** Reads floor events until `isDone` says the board seen so far is enough; returns every event read. */
async function readUntil(stream: TestStream, isDone: (events: FloorEvent[]) => boolean): Promise<FloorEvent[]> {
  const events: FloorEvent[] = [];
  while (!isDone(events)) events.push(FloorEventSchema.parse(JSON.parse((await stream.next()).data)));
  return events;
}

describe('the softphone simulator floor mode', () => {
  let test: TestSandbox;
  let floor: FloorSimulator;
  let stream: TestStream;
  const problems: string[] = [];

  beforeAll(async () => {
    test = await startTestSandbox({ members: 30, calls: { log: () => {} } });
    // A minute of the floor per second: calls ring, are answered, wrapped up and saved within seconds.
    floor = createFloorSimulator({ backendUrl: test.sandbox.url, agents: 12, callsPerMinute: 240, speed: 60, manualAgents: 1, onProblem: (p) => problems.push(p) });
  });
  afterAll(async () => {
    stream.close();
    await floor.close();
    await test.stop();
  });

  it("plays agents signing on, calls ringing in through the CTI webhook, answered, wrapped up and saved, all on the lead's board", async () => {
    const lead = await createSandboxCalls(() => test.sandbox.url).signIn('lead1');
    stream = await openTestStream(`${test.sandbox.url}/v1/team/floor/events`, lead);
    await floor.start();
    const events = await readUntil(stream, (seen) => seen.filter((e) => e.type === 'interaction').length >= 3 && seen.some((e) => e.type === 'queue'));
    const states = new Set(events.flatMap((e) => (e.type === 'agent' ? [e.agent.state] : [])));
    expect([...states]).toEqual(expect.arrayContaining(['available', 'on_call', 'wrap_up']));
    const board = (await requestJson(test.sandbox.url, '/v1/team/floor', { token: lead })).body as FloorSnapshot;
    const played = board.agents.filter((a) => /^agent\d{3}$/.test(a.id));
    expect(played).toHaveLength(12);
    expect(played.reduce((sum, a) => sum + a.handledCount, 0)).toBeGreaterThanOrEqual(3);
    expect(board.callsByDisposition.length).toBeGreaterThan(0);
    expect(floor.counts()).toMatchObject({ signedOn: 12, problems: 0 });
    expect(problems).toEqual([]);
  });

  it('moves a manual agent only when told, and the change reaches the board as it happens', async () => {
    const [manual] = floor.manualAgentIds;
    if (!manual) throw new Error('The floor has no manual agent.');
    await floor.setState(manual, 'away', 'training');
    await readUntil(stream, (seen) => seen.some((e) => e.type === 'agent' && e.agent.id === manual && e.agent.state === 'away' && e.agent.awayReason === 'training'));
  });

  it('takes every agent offline and signs them out when closed', async () => {
    await floor.close();
    const lead = await createSandboxCalls(() => test.sandbox.url).signIn('lead1');
    const board = (await requestJson(test.sandbox.url, '/v1/team/floor', { token: lead })).body as FloorSnapshot;
    expect(board.agents.filter((a) => /^agent\d{3}$/.test(a.id)).every((a) => a.state === 'offline')).toBe(true);
    expect(board.queue.waitingCount).toBe(0);
  });
});
