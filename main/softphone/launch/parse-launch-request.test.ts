/** Launch hooks are read the same in every host: the Electron host hands over argv and URLs, tests hand over strings. */
import { describe, expect, it } from 'vitest';
import { parseLaunchRequest } from './parse-launch-request';

const fixedId = () => 'launch-fixed';

describe('parsing a launch hook', () => {
  it('reads a repconsole:// link into a ringing call with the given call id and IVR member id', () => {
    const parsed = parseLaunchRequest('repconsole://call?ani=%2B15552014477&callId=PBX-77&memberId=NSH400012345', fixedId);
    expect(parsed).toEqual({
      kind: 'call',
      request: { ani: '+15552014477', callId: 'PBX-77', memberId: 'NSH400012345' },
      event: {
        type: 'ringing',
        call: { callId: 'PBX-77', ani: '+15552014477', dialledNumber: null, direction: 'inbound', queue: null, agentExtension: null, ivr: { memberId: 'NSH400012345' } },
      },
    });
  });

  it('makes up a launch-<uuid> call id when the link has none, and reads a withheld number as null', () => {
    const parsed = parseLaunchRequest('repconsole://call/?ani=anonymous');
    expect(parsed.kind).toBe('call');
    if (parsed.kind !== 'call') return;
    expect(parsed.event.call.callId).toMatch(/^launch-[0-9a-f-]{36}$/);
    expect(parsed.request).toEqual({ ani: null, callId: null, memberId: null });
  });

  it('finds --incoming-call in any position of the command line, in both spellings', () => {
    for (const argv of [
      ['/opt/Rep Console/rep-console', '--incoming-call', '5552014477'],
      ['rep-console', '--no-sandbox-flag-from-chromium', '--incoming-call=(555) 201-4477', '--another'],
    ]) {
      const parsed = parseLaunchRequest(argv, fixedId);
      expect(parsed).toMatchObject({ kind: 'call', event: { call: { callId: 'launch-fixed', ani: expect.stringMatching(/555/) } } });
    }
  });

  it('reads a repconsole:// link handed over on the command line (Windows and Linux second instance)', () => {
    expect(parseLaunchRequest(['rep-console.exe', '--allow-file-access-from-files', 'repconsole://call?ani=5552014477&callId=X1'], fixedId)).toMatchObject({
      kind: 'call',
      request: { callId: 'X1' },
    });
  });

  it('says "none" for an ordinary start', () => {
    expect(parseLaunchRequest(['rep-console', '--enable-logging'])).toEqual({ kind: 'none' });
  });

  it('refuses anything else with a reason, never repeating the input', () => {
    const hostile = [
      'https://call?ani=5552014477',
      'repconsole://evil.example/call?ani=5552014477',
      'repconsole://user:pw@call?ani=5552014477',
      'repconsole://call?callId=X',
      'repconsole://call?ani=555<script>',
      'repconsole://call?ani=5552014477&ani=5550000000',
      'repconsole://call?ani=5552014477&callId=has%20space',
      'repconsole://call?ani=5552014477&memberId=%0Aforged',
      `repconsole://call?ani=5552014477&x=${'a'.repeat(3000)}`,
      'not a url',
    ];
    for (const input of hostile) {
      const parsed = parseLaunchRequest(input);
      expect(parsed.kind, input).toBe('refused');
      if (parsed.kind === 'refused') expect(parsed.reason).not.toContain('script');
    }
    expect(parseLaunchRequest(['rep-console', '--incoming-call'])).toMatchObject({ kind: 'refused', reason: expect.stringContaining('needs the caller number') });
    expect(parseLaunchRequest(['rep-console', '--incoming-call', '--hidden'])).toMatchObject({ kind: 'refused' });
  });
});
