/** The JSON Schema telephony teams build against is the one the console validates with. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildLinkJsonSchema } from './build-link-json-schema';

describe('docs/softphone-protocol.schema.json', () => {
  it('matches the shared schemas (run `npm run softphone-schema` after changing them)', () => {
    const committed = readFileSync(new URL('../../docs/softphone-protocol.schema.json', import.meta.url), 'utf8');
    expect(JSON.parse(committed)).toEqual(buildLinkJsonSchema());
  });

  it('describes every message by reference, with call events and commands inside', () => {
    const schema = buildLinkJsonSchema() as { $defs: Record<string, unknown> };
    expect(Object.keys(schema.$defs)).toEqual(expect.arrayContaining(['PairMessage', 'HelloMessage', 'CallEventMessage', 'CommandMessage', 'CallEvent', 'CallCommand']));
    expect(JSON.stringify(schema.$defs.CallEventMessage)).toContain('#/$defs/CallEvent');
  });
});

describe('the JSON Schema as a connector team would use it', () => {
  it('accepts the messages the console accepts and refuses the ones it refuses', async () => {
    const { Ajv2020 } = await import('ajv/dist/2020.js');
    const validate = new Ajv2020({ strict: false }).compile(buildLinkJsonSchema());
    const ringing = { v: 1, type: 'call_event', id: 'evt-1', event: { type: 'ringing', call: { callId: 'c-1', ani: '+15552014477', dialledNumber: null, direction: 'inbound', queue: 'Billing', agentExtension: '4411', ivr: { memberId: 'NSH400012345', isVerified: true } } } };
    expect(validate(ringing)).toBe(true);
    expect(validate({ v: 1, type: 'pair', code: '123456', softphone: { name: 'Acme', version: '1' } })).toBe(true);
    expect(validate({ v: 1, type: 'command', id: 'x', command: { type: 'start_secure_capture', callId: 'c-1', captureId: 'cap-1' } })).toBe(true);
    expect(validate({ ...ringing, v: 2 })).toBe(false);
    expect(validate({ v: 1, type: 'pair', code: '12345', softphone: { name: 'Acme', version: '1' } })).toBe(false);
    expect(validate({ ...ringing, event: { type: 'connected', callId: 'c 1' } })).toBe(false);
  });
});
