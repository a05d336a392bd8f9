/** Launch hooks reach the running console in order, even when they arrive before it is ready. */
import { describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../../hosts/testing/create-memory-logger';
import { createLaunchRouter, type LaunchDelivery } from './create-launch-router';

describe('the launch router', () => {
  it('holds launches that arrive before start-up, then delivers them and later ones in order', () => {
    const { logger } = createMemoryLogger();
    const router = createLaunchRouter();
    const delivered: Parameters<LaunchDelivery>[0][] = [];
    router.handle('repconsole://call?ani=5552014477&callId=A', 'open-url');
    router.handle(['rep-console', '--incoming-call', '5550001111'], 'argv');
    router.ready((request) => delivered.push(request), logger);
    router.handle(['rep-console', 'repconsole://call?ani=anonymous&callId=C'], 'second-instance');
    expect(delivered).toEqual([
      { ani: '5552014477', callId: 'A', memberId: null },
      { ani: '5550001111', callId: null, memberId: null },
      { ani: null, callId: 'C', memberId: null },
    ]);
  });

  it('logs a refused launch with its reason and the number never, and ignores an ordinary start', () => {
    const log = createMemoryLogger();
    const router = createLaunchRouter();
    const delivered: unknown[] = [];
    router.ready((request) => delivered.push(request), log.logger);
    router.handle('repconsole://call?ani=5552014477<img>', 'open-url');
    router.handle(['rep-console'], 'second-instance');
    expect(delivered).toEqual([]);
    const lines = log.lines();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ msg: 'launch request refused', source: 'open-url', reason: expect.stringContaining('digits') });
    expect(JSON.stringify(lines)).not.toContain('5552014477');
  });
});
