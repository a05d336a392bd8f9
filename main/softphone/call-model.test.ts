import { describe, expect, it } from 'vitest';
import type { CallEvent, CallInfo } from '../../shared/calls/call-events';
import { createMemoryLogger } from '../hosts/testing/create-memory-logger';
import type { CallLifecycleListener } from './call-lifecycle';
import { createCallModel } from './call-model';

const info = (callId: string, ivr: CallInfo['ivr'] = null): CallInfo => ({
  callId, ani: '+16145550142', dialledNumber: '+18005550100', direction: 'inbound', queue: 'm3p', agentExtension: '4021', ivr,
});

function setup() {
  const heard: string[] = [];
  const listener: CallLifecycleListener = {
    onRinging: (call) => heard.push(`ringing ${call.callId}`),
    onConnected: (callId) => heard.push(`connected ${callId}`),
    onHeld: (callId) => heard.push(`held ${callId}`),
    onResumed: (callId) => heard.push(`resumed ${callId}`),
    onEnded: (callId, _at, end) => heard.push(`ended ${callId} answered=${end.wasAnswered}${end.cause ? ` ${end.cause}` : ''}`),
    onPopped: () => {},
  };
  let clock = Date.parse('2026-03-02T15:00:00.000Z');
  const newCalls: string[] = [];
  let changes = 0;
  const log = createMemoryLogger();
  const model = createCallModel({
    listener: () => listener,
    onNewCall: (record) => newCalls.push(record.info.callId),
    onChanged: () => (changes += 1),
    logger: log.logger,
    now: () => new Date(clock),
  });
  const send = (event: CallEvent, driver: 'link' | 'cti' | 'launch' = 'link') => model.apply(event, driver);
  const advance = (seconds: number) => (clock += seconds * 1000);
  return { model, heard, newCalls, changes: () => changes, log, send, advance };
}

describe('the call model', () => {
  it('walks a call through ringing, connected, held, resumed and ended, telling the listener once each', () => {
    const { model, heard, send, advance } = setup();
    expect(model.current()).toBeNull();
    send({ type: 'ringing', call: info('c1') });
    expect(model.current()).toMatchObject({ phase: 'ringing', answeredAt: null });
    advance(5);
    send({ type: 'connected', callId: 'c1' });
    advance(60);
    send({ type: 'held', callId: 'c1' });
    expect(model.current()?.phase).toBe('held');
    advance(30);
    send({ type: 'resumed', callId: 'c1' });
    advance(10);
    send({ type: 'held', callId: 'c1' });
    advance(15);
    send({ type: 'ended', callId: 'c1', cause: 'NORMAL_CLEARING' });
    expect(heard).toEqual(['ringing c1', 'connected c1', 'held c1', 'resumed c1', 'held c1', 'ended c1 answered=true NORMAL_CLEARING']);
    const ended = model.get('c1')!;
    expect(ended.phase).toBe('ended');
    expect(ended.answeredAt!.getTime() - ended.ringAt.getTime()).toBe(5_000);
    expect(ended.endedAt!.getTime() - ended.ringAt.getTime()).toBe(120_000);
    // Both holds count, the second one ended by the hang-up itself.
    expect(ended.holdMs).toBe(45_000);
    expect(ended.endCause).toBe('NORMAL_CLEARING');
  });

  it('calls a call that hangs up before it is answered a missed call', () => {
    const { heard, send } = setup();
    send({ type: 'ringing', call: info('c2') });
    send({ type: 'ended', callId: 'c2', cause: 'NO_ANSWER' });
    expect(heard).toEqual(['ringing c2', 'ended c2 answered=false NO_ANSWER']);
  });

  it('applies a replayed event once: ringing, answer, hold and hang-up sent twice change nothing the second time', () => {
    const { model, heard, newCalls, changes, send } = setup();
    const events: CallEvent[] = [
      { type: 'ringing', call: info('c3') },
      { type: 'connected', callId: 'c3' },
      { type: 'held', callId: 'c3' },
      { type: 'resumed', callId: 'c3' },
      { type: 'mute_changed', callId: 'c3', isMuted: true },
      { type: 'ended', callId: 'c3' },
    ];
    for (const event of events) {
      expect(send(event)).toBe(true);
      expect(send(event)).toBe(false);
    }
    expect(heard).toEqual(['ringing c3', 'connected c3', 'held c3', 'resumed c3', 'ended c3 answered=true']);
    expect(newCalls).toEqual(['c3']);
    expect(changes()).toBe(events.length);
    expect(model.get('c3')?.isMuted).toBe(false);
  });

  it('refuses events out of order: no hold before answer, no resume unless held, nothing after the end', () => {
    const { model, heard, send } = setup();
    send({ type: 'ringing', call: info('c4') });
    expect(send({ type: 'held', callId: 'c4' })).toBe(false);
    expect(send({ type: 'resumed', callId: 'c4' })).toBe(false);
    expect(send({ type: 'mute_changed', callId: 'c4', isMuted: true })).toBe(false);
    send({ type: 'connected', callId: 'c4' });
    expect(send({ type: 'resumed', callId: 'c4' })).toBe(false);
    send({ type: 'ended', callId: 'c4' });
    // A late answer or a late ring for a call already over never brings it back.
    expect(send({ type: 'connected', callId: 'c4' })).toBe(false);
    expect(send({ type: 'ringing', call: info('c4') })).toBe(false);
    expect(model.get('c4')?.phase).toBe('ended');
    expect(heard).toEqual(['ringing c4', 'connected c4', 'ended c4 answered=true']);
  });

  it('ignores, and logs, an event for a call that never rang here', () => {
    const { model, heard, send, log } = setup();
    expect(send({ type: 'connected', callId: 'ghost' })).toBe(false);
    expect(send({ type: 'ended', callId: 'ghost' })).toBe(false);
    expect(model.current()).toBeNull();
    expect(heard).toEqual([]);
    expect(log.lines().filter((l) => l.msg === 'call event ignored: no such call rang here')).toHaveLength(2);
  });

  it('tracks recording and mute, and shows the newest live call, then the last ended one', () => {
    const { model, send } = setup();
    send({ type: 'ringing', call: info('a') });
    send({ type: 'connected', callId: 'a' });
    send({ type: 'recording_changed', callId: 'a', isRecording: true });
    send({ type: 'mute_changed', callId: 'a', isMuted: true });
    expect(model.current()).toMatchObject({ isRecording: true, isMuted: true });
    send({ type: 'ringing', call: info('b') });
    expect(model.current()?.info.callId).toBe('b');
    send({ type: 'ended', callId: 'b' });
    expect(model.current()?.info.callId).toBe('a');
    send({ type: 'ended', callId: 'a' });
    expect(model.current()).toMatchObject({ info: { callId: 'a' }, phase: 'ended' });
  });

  it('hands control to the paired softphone when it reports a call the CTI feed announced', () => {
    const { model, send } = setup();
    send({ type: 'ringing', call: info('shared') }, 'cti');
    expect(model.get('shared')?.driver).toBe('cti');
    send({ type: 'connected', callId: 'shared' }, 'link');
    expect(model.get('shared')?.driver).toBe('link');
  });

  it('keeps going when a listener throws', () => {
    const log = createMemoryLogger();
    const model = createCallModel({
      listener: () => ({ onRinging: () => { throw new Error('boom'); }, onConnected: () => { throw new Error('boom'); }, onHeld() {}, onResumed() {}, onEnded() {}, onPopped() {} }),
      onNewCall: () => {},
      onChanged: () => {},
      logger: log.logger,
    });
    expect(model.apply({ type: 'ringing', call: info('x') }, 'link')).toBe(true);
    expect(model.apply({ type: 'connected', callId: 'x' }, 'link')).toBe(true);
    expect(model.current()?.phase).toBe('connected');
    expect(log.lines().filter((l) => String(l.msg).startsWith('call lifecycle listener failed'))).toHaveLength(2);
  });

  it('still recognises a replayed ring after many later calls', () => {
    const log = createMemoryLogger();
    const rung: string[] = [];
    const model = createCallModel({ listener: () => ({ onRinging: (c) => rung.push(c.callId), onConnected() {}, onHeld() {}, onResumed() {}, onEnded() {}, onPopped() {} }), onNewCall: () => {}, onChanged: () => {}, logger: log.logger, rememberedCalls: 50 });
    for (let i = 0; i < 40; i += 1) {
      model.apply({ type: 'ringing', call: info(`n${i}`) }, 'link');
      model.apply({ type: 'ended', callId: `n${i}` }, 'link');
    }
    model.apply({ type: 'ringing', call: info('n0') }, 'link');
    expect(rung).toHaveLength(40);
  });
});
