import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SandboxDatabase } from '../database/open-database';
import { openDatabase } from '../database/open-database';
import { createAgentEventHub, type AgentEvent } from './create-agent-event-hub';

let dir: string;
let db: SandboxDatabase;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'agent-hub-'));
  db = openDatabase(join(dir, 'sandbox.sqlite'), { purpose: 'serve' });
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const event: AgentEvent = { type: 'ended', callId: 'c-1', cause: 'normalClearing' };

describe('the agent event hub', () => {
  it('tells a live listener of an event published inside a transaction only once it committed', async () => {
    const hub = createAgentEventHub(db, { now: () => new Date() });
    const heard: number[] = [];
    hub.subscribe('rep1', null, (id) => heard.push(id));
    const id = db.transaction(() => hub.publish('rep1', event))();
    expect(heard).toEqual([]);
    await Promise.resolve();
    expect(heard).toEqual([id]);
  });

  it('never tells a listener of an event whose transaction rolled back', async () => {
    const hub = createAgentEventHub(db, { now: () => new Date() });
    const heard: number[] = [];
    hub.subscribe('rep1', null, (id) => heard.push(id));
    expect(() =>
      db.transaction(() => {
        hub.publish('rep1', event);
        throw new Error('a later step failed');
      })(),
    ).toThrow('a later step failed');
    await Promise.resolve();
    expect(heard).toEqual([]);
    // A reconnecting console is not sent it either; a committed one it is.
    const committed = hub.publish('rep1', event);
    const replayed: number[] = [];
    hub.subscribe('rep1', 0, (id) => replayed.push(id));
    expect(replayed).toEqual([committed]);
  });
});
