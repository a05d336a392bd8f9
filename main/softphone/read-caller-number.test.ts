import { describe, expect, it } from 'vitest';
import { readCallerNumber } from './read-caller-number';

describe('reading the caller number a phone system passes', () => {
  it.each([null, '', '  ', 'anonymous', 'Anonymous', 'PRIVATE', 'restricted', 'unknown', 'sip:anonymous@anonymous.invalid', 'tel:'])('treats %j as withheld', (ani) => {
    expect(readCallerNumber(ani)).toEqual({ kind: 'withheld' });
  });

  it.each(['+16145550142', '6145550142', '1 614 555 0142', '(614) 555-0142', 'tel:+1-614-555-0142', 'sip:+16145550142@pbx.example;user=phone', 'SIP:6145550142@10.0.0.5'])('reads %j as +16145550142', (ani) => {
    expect(readCallerNumber(ani)).toEqual({ kind: 'number', e164: '+16145550142' });
  });

  it('keeps what is neither, for the rep to see', () => {
    expect(readCallerNumber('4021')).toEqual({ kind: 'unreadable', text: '4021' });
    expect(readCallerNumber('sip:alice@pbx.example')).toEqual({ kind: 'unreadable', text: 'alice' });
  });
});
