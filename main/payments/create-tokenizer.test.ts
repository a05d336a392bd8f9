/**
 * Tokenising as main does it for the screen: a token or a refusal as data, a processor that refuses the
 * console never read as the rep's session ending, no processor configured said plainly, and nothing of
 * the card in any log line whatever happens. Against a scripted processor on loopback.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppFailure } from '../../shared/ipc/result';
import { createProcessorClient } from '../backend/create-processor-client';
import { createMemoryLogger } from '../hosts/testing/create-memory-logger';
import { createTokenizer } from './create-tokenizer';

const NUMBER = '4929180774669931';
const CODE = '739';
const CARD = { kind: 'card', number: NUMBER, expMonth: 9, expYear: 2031, securityCode: CODE, postalCode: '62701' } as const;
const answers: { status: number; body: unknown }[] = [];
let server: Server;
let url = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const answer = answers.shift() ?? { status: 500, body: { error: { code: 'INTERNAL', message: `echo ${NUMBER}` } } };
      res.writeHead(answer.status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function tokenizer(options: { isSignedIn?: boolean; isConfigured?: boolean } = {}) {
  const log = createMemoryLogger();
  const processor = createProcessorClient({ baseUrl: url, timeoutMs: 1_000, onFailure: (report) => log.logger.error(report, 'payment processor call failed') });
  const requireRepId = () => {
    if (options.isSignedIn === false) throw new AppFailure('NOT_SIGNED_IN', 'Sign in first.');
    return 'rep1';
  };
  return { log, tokenizer: createTokenizer({ processor: options.isConfigured === false ? null : processor, requireRepId, logger: log.logger }) };
}

describe('tokenising a card', () => {
  it('answers the token, brand and last four, and refusals as data with their code', async () => {
    const { tokenizer: t, log } = tokenizer();
    answers.push({ status: 201, body: { token: 'tok_abcdefgh12345678', kind: 'card', brand: 'Visa', last4: '9931', expMonth: 9, expYear: 2031 } });
    answers.push({ status: 422, body: { error: { code: 'SECURITY_CODE_INVALID', message: 'A Visa security code is three digits.' } } });
    expect(await t.tokenize(CARD)).toEqual({ status: 'tokenized', method: { token: 'tok_abcdefgh12345678', kind: 'card', brand: 'Visa', last4: '9931', expMonth: 9, expYear: 2031 } });
    expect(await t.tokenize(CARD)).toEqual({ status: 'refused', code: 'SECURITY_CODE_INVALID', message: 'A Visa security code is three digits.' });
    expect(log.lines().map((line) => line.msg)).toEqual(['payment method tokenised', 'payment method not tokenised']);
  });

  it("never reads a processor's 401 as the rep's session ending", async () => {
    const { tokenizer: t } = tokenizer();
    answers.push({ status: 401, body: { error: { code: 'NOT_SIGNED_IN', message: 'Bad API key.' } } });
    await expect(t.tokenize(CARD)).rejects.toMatchObject({ code: 'BACKEND_ERROR', message: expect.stringContaining('payment processor refused Rep Console') });
  });

  it('refuses without a session, and says plainly when no processor is configured', async () => {
    await expect(tokenizer({ isSignedIn: false }).tokenizer.tokenize(CARD)).rejects.toMatchObject({ code: 'NOT_SIGNED_IN' });
    await expect(tokenizer({ isConfigured: false }).tokenizer.tokenize(CARD)).rejects.toMatchObject({ code: 'BACKEND_ERROR', message: expect.stringContaining('processor.url') });
  });

  it('writes nothing of the card to the log, even when the processor fails and echoes it', async () => {
    const { tokenizer: t, log } = tokenizer();
    await expect(t.tokenize(CARD)).rejects.toMatchObject({ code: 'BACKEND_ERROR' });
    const written = JSON.stringify(log.lines());
    expect(written).toContain('payment processor call failed');
    expect(written).not.toContain(NUMBER);
    expect(written).not.toContain(NUMBER.slice(0, 12));
    expect(written).not.toContain(`"${CODE}"`);
  });
});
