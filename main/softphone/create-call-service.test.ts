import { describe, expect, it } from 'vitest';
import type { CallCommand, CallEvent, CallInfo } from '../../shared/calls/call-events';
import type { CallPopped, CallsState, SecureCaptureView } from '../../shared/calls/call-views';
import { createEventBus } from '../events/create-event-bus';
import { createMemoryLogger } from '../hosts/testing/create-memory-logger';
import type { CallLifecycleListener } from './call-lifecycle';
import { createCallService } from './create-call-service';
import type { CommandLink } from './send-call-command';

const call = (callId: string, ani: string | null = '6145550142'): CallInfo => ({ callId, ani, dialledNumber: null, direction: 'inbound', queue: 'm3p', agentExtension: null, ivr: { isVerified: true, intent: 'payment' } });

function setup() {
  const events = createEventBus();
  const sent: CallCommand[] = [];
  let linkState: 'connected' | 'disconnected' = 'connected';
  const link: CommandLink = {
    view: () => ({ state: linkState, softphoneName: 'Test Phone', pairing: null, since: '2026-03-02T15:00:00.000Z' }),
    send: (command) => linkState === 'connected' && sent.push(command) > 0,
  };
  const heard: string[] = [];
  const listener: CallLifecycleListener = {
    onRinging: (c) => heard.push(`ringing ${c.callId}`),
    onConnected: (id) => heard.push(`connected ${id}`),
    onHeld: (id) => heard.push(`held ${id}`),
    onResumed: (id) => heard.push(`resumed ${id}`),
    onEnded: (id, _at, end) => heard.push(`ended ${id} ${end.wasAnswered ? 'answered' : 'missed'}${end.cause ? ` ${end.cause}` : ''}`),
    onPopped: (id, target) => heard.push(`popped ${id} ${target.kind}`),
  };
  const log = createMemoryLogger();
  const service = createCallService({
    events,
    logger: log.logger,
    // No member matches any number here: every pop is a search (the sandbox-backed pops are in resolve-pop.test.ts).
    members: { search: async () => [], open: async () => { throw new Error('not used'); } },
    isSignedIn: () => true,
    link: () => link,
    listener: () => listener,
  });
  const seen = { states: [] as CallsState[], pops: [] as CallPopped[], captures: [] as SecureCaptureView[] };
  events.subscribe((channel, payload) => {
    if (channel === 'calls:changed') seen.states.push(payload as CallsState);
    if (channel === 'calls:popped') seen.pops.push(payload as CallPopped);
    if (channel === 'calls:secure-capture-changed') seen.captures.push(payload as SecureCaptureView);
  });
  const nextPop = () => new Promise<CallPopped>((resolve) => {
    const stop = events.subscribe((channel, payload) => channel === 'calls:popped' && (stop(), resolve(payload as CallPopped)));
  });
  const feed = (event: CallEvent, driver: 'link' | 'cti' | 'launch' = 'link') => service.handleEvent(event, driver);
  return { service, sent, heard, seen, nextPop, feed, log, disconnect: () => (linkState = 'disconnected') };
}

describe('the call service', () => {
  it('shows the call bar every change, with the number formatted and the IVR’s word', () => {
    const { service, seen, feed } = setup();
    expect(service.state()).toMatchObject({ call: null, link: { state: 'connected', ctiFeed: 'off' }, agent: { state: 'available' } });
    feed({ type: 'ringing', call: call('c1') });
    expect(seen.states.at(-1)?.call).toMatchObject({ callId: 'c1', phase: 'ringing', callerNumber: '(614) 555-0142', ivrIntent: 'payment', isIvrVerified: true, canControl: true });
    feed({ type: 'connected', callId: 'c1' });
    expect(seen.states.at(-1)?.call).toMatchObject({ phase: 'connected' });
    expect(seen.states.at(-1)?.call?.answeredAt).not.toBeNull();
  });

  it('sends the rep’s controls to the softphone for the call on screen, and refuses ones that do not fit', () => {
    const { service, sent, feed } = setup();
    expect(() => service.command('answer')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    feed({ type: 'ringing', call: call('c2') });
    expect(() => service.command('hold')).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', message: 'Only a connected call can be put on hold.' }));
    service.command('answer');
    feed({ type: 'connected', callId: 'c2' });
    service.command('mute');
    service.command('hold');
    feed({ type: 'held', callId: 'c2' });
    service.command('resume');
    feed({ type: 'resumed', callId: 'c2' });
    expect(() => service.command('transfer')).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', message: 'Say where to transfer the call.' }));
    service.command('transfer', '4100');
    service.command('hang_up');
    expect(sent).toEqual([
      { type: 'answer', callId: 'c2' },
      { type: 'mute', callId: 'c2', isMuted: true },
      { type: 'hold', callId: 'c2' },
      { type: 'resume', callId: 'c2' },
      { type: 'transfer', callId: 'c2', target: '4100' },
      { type: 'hang_up', callId: 'c2' },
    ]);
  });

  it('cannot control a call from the CTI feed or a launch hook, and says so', () => {
    const { service, sent, feed } = setup();
    feed({ type: 'ringing', call: call('cti-1') }, 'cti');
    expect(service.state().call?.canControl).toBe(false);
    expect(() => service.command('answer')).toThrow(expect.objectContaining({ code: 'CALL_NOT_CONTROLLABLE', message: expect.stringContaining('CTI feed') }));
    // Whatever the rep pressed, the answer is that the console cannot control this call.
    expect(() => service.command('transfer')).toThrow(expect.objectContaining({ code: 'CALL_NOT_CONTROLLABLE' }));
    expect(() => service.startSecureCapture()).toThrow(expect.objectContaining({ code: 'CALL_NOT_CONTROLLABLE' }));
    service.deliverLaunchRequest({ ani: '614-555-0199' });
    expect(service.state().call).toMatchObject({ phase: 'connected', canControl: false, callerNumber: '(614) 555-0199' });
    expect(() => service.command('hang_up')).toThrow(expect.objectContaining({ code: 'CALL_NOT_CONTROLLABLE', message: expect.stringContaining('softphone') }));
    expect(sent).toEqual([]);
  });

  it('tells the rep when the softphone went away mid-call', () => {
    const { service, feed, disconnect } = setup();
    feed({ type: 'ringing', call: call('c3') });
    disconnect();
    expect(service.state().call?.canControl).toBe(false);
    expect(() => service.command('answer')).toThrow(expect.objectContaining({ code: 'CALL_NOT_CONTROLLABLE', message: expect.stringContaining('not connected') }));
    expect(service.setRecording(true)).toBe(false);
  });

  it('pauses and resumes recording through a paired softphone only', () => {
    const { service, sent, feed } = setup();
    expect(service.setRecording(true)).toBe(false);
    feed({ type: 'ringing', call: call('c4') });
    feed({ type: 'connected', callId: 'c4' });
    expect(service.setRecording(true)).toBe(true);
    expect(service.setRecording(false)).toBe(true);
    expect(sent).toEqual([{ type: 'pause_recording', callId: 'c4' }, { type: 'resume_recording', callId: 'c4' }]);
    feed({ type: 'ringing', call: call('cti-2') }, 'cti');
    expect(service.setRecording(true)).toBe(false);
  });

  it('reports secure capture progress for its own capture only, the token once, and cancels it when the call ends', () => {
    const { service, sent, seen, feed } = setup();
    feed({ type: 'ringing', call: call('c5') });
    expect(() => service.startSecureCapture()).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    feed({ type: 'connected', callId: 'c5' });
    const captureId = service.startSecureCapture();
    expect(sent.at(-1)).toEqual({ type: 'start_secure_capture', callId: 'c5', captureId });
    const capture = (extra: Partial<Extract<CallEvent, { type: 'secure_capture' }>>) => feed({ type: 'secure_capture', callId: 'c5', captureId, status: 'progress', ...extra });
    capture({ status: 'started' });
    capture({ field: 'card_number', digitsEntered: 4 });
    capture({ field: 'card_number', digitsEntered: 4 });
    feed({ type: 'secure_capture', callId: 'c5', captureId: 'someone-elses', status: 'completed', card: { token: 'tok_forged_123', brand: 'Visa', last4: '4242', expMonth: 1, expYear: 2030 } });
    const card = { token: 'tok_test_12345678', brand: 'Visa', last4: '1111', expMonth: 12, expYear: 2030 };
    capture({ status: 'completed', card });
    capture({ status: 'completed', card });
    expect(seen.captures.map((c) => [c.status, c.digitsEntered, c.card?.last4 ?? null])).toEqual([['started', null, null], ['progress', 4, null], ['completed', null, '1111']]);

    const second = service.startSecureCapture();
    service.stopSecureCapture(second);
    expect(sent.at(-1)).toEqual({ type: 'stop_secure_capture', callId: 'c5', captureId: second });
    feed({ type: 'ended', callId: 'c5' });
    expect(seen.captures.at(-1)).toMatchObject({ captureId: second, status: 'cancelled', reason: expect.stringContaining('call ended') });
    expect(() => service.stopSecureCapture('never-started')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });

  it('pops a launch-hook call once when the softphone opens the console twice, and ends it when the next call rings', async () => {
    const { service, heard, seen, nextPop, feed } = setup();
    const popped = nextPop();
    service.deliverLaunchRequest({ ani: '+16145550123' });
    service.deliverLaunchRequest({ ani: '+16145550123' });
    expect((await popped).target).toEqual({ kind: 'search', query: '(614) 555-0123' });
    const launchId = service.state().call!.callId;
    const next = nextPop();
    feed({ type: 'ringing', call: call('c6', null) });
    expect((await next).target).toEqual({ kind: 'empty_search' });
    expect(seen.pops.map((p) => p.callId)).toEqual([launchId, 'c6']);
    expect(heard).toEqual([`ringing ${launchId}`, `connected ${launchId}`, `popped ${launchId} search`, `ended ${launchId} answered next_call`, 'ringing c6', 'popped c6 empty_search']);
  });

  it('passes a launch hook’s IVR member ID to the pop', async () => {
    const { service, nextPop } = setup();
    const popped = nextPop();
    service.deliverLaunchRequest({ ani: null, callId: 'hook-ivr', memberId: 'NSH400012345' });
    // The stub finds nobody: the search opens with what the IVR was given.
    expect((await popped).target).toEqual({ kind: 'search', query: 'NSH400012345' });
  });

  it('ignores a launch request that does not pass the call schema, and logs why', () => {
    const { service, log } = setup();
    service.deliverLaunchRequest({ ani: '614\u0000555', callId: 'has spaces' });
    expect(service.state().call).toBeNull();
    expect(log.lines().some((l) => l.msg === 'launch request ignored: its call id or number is not usable')).toBe(true);
  });

  it('drops the pop of a call that hung up while its member was looked up', async () => {
    const { heard, seen, nextPop, feed } = setup();
    feed({ type: 'ringing', call: call('gone') });
    feed({ type: 'ended', callId: 'gone', cause: 'NO_ANSWER' });
    const next = nextPop();
    feed({ type: 'ringing', call: call('after') });
    await next;
    expect(seen.pops.map((p) => p.callId)).toEqual(['after']);
    expect(heard).toContain('ended gone missed NO_ANSWER');
  });
});
