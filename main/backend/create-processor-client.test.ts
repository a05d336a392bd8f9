/**
 * How card digits reach the payment processor: once per call (never retried, even after a lost
 * answer), never signed with the rep's session, a declared card problem as an outcome, and a fault
 * reported to IT by route and status only. Against a recording HTTP server on loopback.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BackendRefusal } from './backend-refusal';
import { createProcessorClient } from './create-processor-client';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
});

type Answer = { status: number; body: unknown } | 'drop';

async function processor(answers: Answer[]) {
  const seen: { authorization: string | undefined; body: string }[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      seen.push({ authorization: req.headers.authorization, body });
      const answer = answers.shift() ?? { status: 500, body: { error: { code: 'INTERNAL', message: 'out of answers' } } };
      if (answer === 'drop') return void req.socket.destroy();
      res.writeHead(answer.status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(answer.body));
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const onFailure = vi.fn();
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { client: createProcessorClient({ baseUrl: url, timeoutMs: 1_000, onFailure }), seen, onFailure, url };
}

// A Luhn-valid Visa number used nowhere else, so finding it anywhere means it leaked.
const CARD = { kind: 'card', number: '4929 1807 7466 9931', expMonth: 9, expYear: 2031, securityCode: '739', postalCode: '62701' } as const;
const TOKEN = { token: 'tok_abcdefgh12345678', kind: 'card', brand: 'Visa', last4: '9931', expMonth: 9, expYear: 2031 } as const;

describe('the payment processor client', () => {
  it('sends the card once, digits only, without the rep session token, and answers the token', async () => {
    const { client, seen } = await processor([{ status: 201, body: TOKEN }]);
    await expect(client.call('createToken', { body: CARD })).resolves.toEqual(TOKEN);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.authorization).toBeUndefined();
    expect(JSON.parse(seen[0]?.body ?? '{}')).toMatchObject({ number: '4929180774669931', securityCode: '739' });
  });

  it('never sends the card again after a lost answer or a 503', async () => {
    for (const first of ['drop', { status: 503, body: { error: { code: 'UNAVAILABLE', message: 'busy' } } }] as const) {
      const { client, seen } = await processor([first, { status: 201, body: TOKEN }]);
      await expect(client.call('createToken', { body: CARD })).rejects.toMatchObject({ code: expect.stringMatching(/^BACKEND_/) });
      expect(seen).toHaveLength(1);
    }
  });

  it('answers a declared card problem as an outcome, not a fault', async () => {
    const { client, onFailure } = await processor([{ status: 422, body: { error: { code: 'CARD_NUMBER_INVALID', message: 'That card number is not valid.' } } }]);
    const refusal = await client.call('createToken', { body: CARD }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(BackendRefusal);
    expect(refusal).toMatchObject({ code: 'CARD_NUMBER_INVALID', message: 'That card number is not valid.' });
    expect(onFailure).not.toHaveBeenCalled();
  });

  it('reports a processor fault by route and status, with nothing of the card in it', async () => {
    const { client, onFailure } = await processor([{ status: 500, body: { error: { code: 'INTERNAL', message: 'boom' } } }]);
    await expect(client.call('createToken', { body: CARD })).rejects.toMatchObject({ code: 'BACKEND_ERROR', message: expect.stringContaining('payment processor') });
    expect(onFailure.mock.calls).toEqual([[{ route: 'createToken', code: 'BACKEND_ERROR', status: 500 }]]);
  });

  it('names the processor, not the payer backend, when it cannot be reached', async () => {
    const { client, url } = await processor([]);
    await new Promise<void>((resolve) => servers.pop()?.close(() => resolve()));
    await expect(client.call('createToken', { body: CARD })).rejects.toMatchObject({ code: 'BACKEND_UNREACHABLE', message: `Can't reach the payment processor at ${url}. Check the network and try again.` });
  });
});
