import { describe, expect, it } from 'vitest';
import type { CallInfo } from '../../shared/calls/call-events';
import { connect, end, handleTime, hold, identify, restore, resume, revive, startInteraction } from './interaction-state';

const call = (ivr: CallInfo['ivr'] = null): CallInfo => ({ callId: 'c-1', ani: '(555) 201-4477', dialledNumber: null, direction: 'inbound', queue: null, agentExtension: null, ivr });
const at = (seconds: number) => new Date(Date.UTC(2026, 10, 15, 14, 0, seconds));

describe('an interaction through its call', () => {
  it('keeps talk, hold and wrap-up time apart, an open hold closing at hang-up', () => {
    let state = startInteraction('i-1', call(), at(0));
    state = connect(state, at(10));
    state = hold(state, at(40));
    state = resume(state, at(70));
    state = hold(state, at(100));
    state = end(state, at(130));
    expect(state).toMatchObject({ phase: 'wrap_up', callPhase: 'ended', callerNumber: '+15552014477', wrapUpStartedAt: at(130).toISOString() });
    expect(handleTime(state, at(175))).toEqual({ talkSeconds: 60, holdSeconds: 60, wrapUpSeconds: 45 });
  });

  it('arrives verified as the member when the IVR verified a usable member ID, and not otherwise', () => {
    expect(startInteraction('i', call({ memberId: 'nsh400012345', isVerified: true }), at(0))).toMatchObject({ memberId: 'NSH400012345', verification: { callerKind: 'member', method: 'ivr', matched: [] } });
    expect(startInteraction('i', call({ memberId: 'NSH400012345', isVerified: false }), at(0))).toMatchObject({ memberId: 'NSH400012345', verification: null });
    expect(startInteraction('i', call({ memberId: 'not an id', isVerified: true }), at(0))).toMatchObject({ memberId: null, verification: null });
  });

  it('forgets the verification when the call turns out to be about another member', () => {
    const verified = startInteraction('i', call({ memberId: 'NSH400012345', isVerified: true }), at(0));
    expect(identify(verified, 'NSH400012345')).toBe(verified);
    expect(identify(verified, 'NSH400099999')).toMatchObject({ memberId: 'NSH400099999', verification: null });
  });

  it('after a restart takes a running call as ended when last saved, and lets the same call carry on', () => {
    const running = { ...connect(startInteraction('i', call(), at(0)), at(5)), savedAt: at(65).toISOString() };
    const restored = restore(running, at(300));
    expect(restored).toMatchObject({ phase: 'wrap_up', endedAt: at(65).toISOString(), wrapUpStartedAt: at(300).toISOString() });
    expect(handleTime(restored, at(310))).toMatchObject({ talkSeconds: 60, wrapUpSeconds: 10 });
    expect(revive(restored)).toMatchObject({ phase: 'active', callPhase: 'connected', endedAt: null, answeredAt: at(5).toISOString() });
  });
});
