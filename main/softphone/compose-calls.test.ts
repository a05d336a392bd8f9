import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSampleMembers } from '../../sandbox/database/find-sample-members';
import { openDatabase } from '../../sandbox/database/open-database';
import { postCtiEvent } from '../../sandbox/cti/testing/post-cti-event';
import { startTestSandbox, type TestSandbox } from '../../sandbox/testing/start-test-sandbox';
import type { CallEvent } from '../../shared/calls/call-events';
import type { CallPopped, CallsState } from '../../shared/calls/call-views';
import { LINK_PATH } from '../../shared/softphone/link-protocol';
import { createFileKeyStore } from '../cache/create-file-key-store';
import { nextEvent } from '../events/testing/next-event';
import { createSilentLogger } from '../logging/create-logger';
import { ConfigSchema } from '../policy/config-schema';
import { createConsoleServices, type ConsoleServices } from '../services/create-console-services';
import { connectRawLink, type RawLinkClient } from './link/testing/connect-raw-link';

let sandbox: TestSandbox;
let services: ConsoleServices;
let softphone: RawLinkClient;
let phone: string;
let memberId: string;

beforeAll(async () => {
  sandbox = await startTestSandbox();
  const db = openDatabase(join(sandbox.dir, 'sandbox.sqlite'), { purpose: 'inspect' });
  ({ phone, memberId } = findSampleMembers(db)[0]!);
  db.close();
  const userDataDir = mkdtempSync(join(tmpdir(), 'calls-user-'));
  services = createConsoleServices({
    config: ConfigSchema.parse({ backend: { url: sandbox.sandbox.url, timeoutMs: 2_000, maxRetries: 0 }, softphone: { linkPort: 0 } }),
    userDataDir,
    keyStore: createFileKeyStore({ filePath: join(userDataDir, 'cache', 'cache.key') }),
    logger: createSilentLogger(),
    host: 'web',
    version: '0.0.0-test',
  });
  await services.handlers['session:sign-in']({ username: 'rep1', password: 'sandbox' });
  const port = await services.calls.linkPort;
  const code = services.calls.link.newPairingCode().pairing!.code;
  softphone = await connectRawLink(`ws://127.0.0.1:${port}${LINK_PATH}`);
  const connected = nextEvent(services.events, 'calls:changed');
  softphone.send({ type: 'pair', code, softphone: { name: 'Test Phone', version: '1.0' } });
  expect(await softphone.next()).toMatchObject({ type: 'paired' });
  expect(await softphone.next()).toMatchObject({ type: 'welcome' });
  await connected;
});

afterAll(async () => {
  softphone?.ws.close();
  await services?.close();
  await sandbox?.stop();
});

/** The console's next message, past the rep-state commands the interactions service sends on its own. */
async function nextMessage(): Promise<Record<string, unknown>> {
  for (;;) {
    const message = await softphone.next();
    const command = message.command as { type?: string } | undefined;
    if (message.type !== 'command' || command?.type !== 'set_agent_state') return message;
  }
}

let eventIds = 0;
async function report(event: CallEvent): Promise<void> {
  const id = `e${(eventIds += 1)}`;
  softphone.send({ type: 'call_event', id, event });
  expect(await nextMessage()).toMatchObject({ type: 'ack', id, ok: true });
}

describe('calls wired into the console services', () => {
  it('pops the caller’s member when the paired softphone rings, and carries the rep’s answer back to it', async () => {
    const { handlers, events } = services;
    expect((await handlers['calls:get-state'](undefined)).link).toMatchObject({ state: 'connected', softphoneName: 'Test Phone' });
    const popped = nextEvent(events, 'calls:popped') as Promise<CallPopped>;
    await report({ type: 'ringing', call: { callId: 'wired-1', ani: phone, dialledNumber: null, direction: 'inbound', queue: null, agentExtension: null, ivr: null } });
    expect(await popped).toEqual({ callId: 'wired-1', target: { kind: 'member', memberId } });
    expect((await handlers['calls:get-state'](undefined)).call).toMatchObject({ callId: 'wired-1', phase: 'ringing', canControl: true });

    await handlers['calls:command']({ action: 'answer' });
    const command = await nextMessage();
    expect(command).toMatchObject({ type: 'command', command: { type: 'answer', callId: 'wired-1' } });
    softphone.send({ type: 'command_result', id: command.id, ok: true });
    const answered = nextEvent(events, 'calls:changed') as Promise<CallsState>;
    await report({ type: 'connected', callId: 'wired-1' });
    expect((await answered).call).toMatchObject({ phase: 'connected' });

    expect(await handlers['calls:pause-recording'](undefined)).toEqual({ isPaired: true });
    expect(await nextMessage()).toMatchObject({ type: 'command', command: { type: 'pause_recording', callId: 'wired-1' } });
    await report({ type: 'ended', callId: 'wired-1', cause: 'NORMAL_CLEARING' });
    expect((await handlers['calls:get-state'](undefined)).call).toMatchObject({ phase: 'ended', canControl: false });
  });

  it('takes a launch hook from the host, which the console cannot control', async () => {
    const popped = nextEvent(services.events, 'calls:popped') as Promise<CallPopped>;
    services.deliverLaunchRequest({ ani: phone, callId: 'hooked-1' });
    expect(await popped).toEqual({ callId: 'hooked-1', target: { kind: 'member', memberId } });
    expect((await services.handlers['calls:get-state'](undefined)).call).toMatchObject({ callId: 'hooked-1', canControl: false });
    await expect(services.handlers['calls:command']({ action: 'hang_up' })).rejects.toMatchObject({ code: 'CALL_NOT_CONTROLLABLE' });
    expect(await services.handlers['calls:pause-recording'](undefined)).toEqual({ isPaired: false });
  });

  it('pops a call the phone system pushed through the backend’s CTI webhook for this rep, uncontrollable here', async () => {
    const { events, handlers } = services;
    if ((await handlers['calls:get-state'](undefined)).link.ctiFeed !== 'connected') {
      await new Promise<void>((resolve) => {
        const stop = events.subscribe((channel, payload) => {
          if (channel !== 'calls:changed' || (payload as CallsState).link.ctiFeed !== 'connected') return;
          stop();
          resolve();
        });
      });
    }
    const popped = nextEvent(events, 'calls:popped') as Promise<CallPopped>;
    await postCtiEvent(sandbox.sandbox.ctiWebhookUrl, { event: 'newCall', from: phone.replace('+', ''), to: '18005550100', direction: 'in', callId: 'cti-wired-1', user: 'rep1' });
    expect(await popped).toEqual({ callId: 'cti-wired-1', target: { kind: 'member', memberId } });
    expect((await handlers['calls:get-state'](undefined)).call).toMatchObject({ callId: 'cti-wired-1', phase: 'ringing', canControl: false });
    await expect(handlers['calls:command']({ action: 'answer' })).rejects.toMatchObject({ code: 'CALL_NOT_CONTROLLABLE' });
  });
});
