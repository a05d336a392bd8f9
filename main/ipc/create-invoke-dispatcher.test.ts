import { describe, expect, it, vi } from 'vitest';
import { AppFailure } from '../../shared/ipc/result';
import { createSilentLogger } from '../logging/create-logger';
import { createInvokeDispatcher } from './create-invoke-dispatcher';
import type { InvokeHandlers } from './handlers';
import { createTrustedSenderCheck } from './is-trusted-sender';

const TRUSTED = { origin: 'app://rep-console' };

function setup(overrides: Partial<InvokeHandlers> = {}) {
  const search = vi.fn(async () => []);
  const handlers = {
    'members:search': search,
    'members:open': vi.fn(async () => {
      throw new AppFailure('NOT_FOUND', 'No member has that ID.');
    }),
    'members:list-recent': vi.fn(async () => {
      throw new Error('database is locked at /home/rep/secret-path');
    }),
    ...overrides,
  } as unknown as InvokeHandlers;
  const dispatcher = createInvokeDispatcher({
    handlers,
    isTrustedSender: createTrustedSenderCheck(['app://rep-console']),
    logger: createSilentLogger(),
  });
  return { dispatcher, search };
}

describe('the IPC dispatcher', () => {
  it('passes parsed, normalised input to the handler', async () => {
    const { dispatcher, search } = setup();
    const result = await dispatcher.dispatch('members:search', { by: 'mbi', mbi: '1eg4-te5-mk73' }, TRUSTED);
    expect(result).toEqual({ ok: true, value: [] });
    expect(search).toHaveBeenCalledWith({ by: 'mbi', mbi: '1EG4TE5MK73' });
  });

  it('rejects bad input with a readable message and never calls the handler', async () => {
    const { dispatcher, search } = setup();
    const result = await dispatcher.dispatch('members:search', { by: 'mbi', mbi: '1SG4TE5MK73' }, TRUSTED);
    expect(result).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringMatching(/Character 2 .* letter.*S is never used/) } });
    expect(search).not.toHaveBeenCalled();
  });

  it('rejects a future date of birth', async () => {
    const { dispatcher } = setup();
    const result = await dispatcher.dispatch('members:search', { by: 'nameDob', lastName: 'Garcia', dateOfBirth: '2999-01-01' }, TRUSTED);
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: "A date of birth can't be in the future." } });
  });

  it('refuses calls from an untrusted frame before looking at the input', async () => {
    const { dispatcher, search } = setup();
    for (const origin of ['https://evil.example', 'file://', null]) {
      const result = await dispatcher.dispatch('members:search', { by: 'phone', phone: '5552014477' }, { origin });
      expect(result).toMatchObject({ ok: false, error: { code: 'UNTRUSTED_SENDER' } });
    }
    expect(search).not.toHaveBeenCalled();
  });

  it('refuses unknown channels, including prototype keys', async () => {
    const { dispatcher } = setup();
    for (const channel of ['members:delete-all', '__proto__', 'constructor', 42]) {
      expect(await dispatcher.dispatch(channel, undefined, TRUSTED)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
  });

  it('passes an AppFailure through with its code and message', async () => {
    const { dispatcher } = setup();
    const result = await dispatcher.dispatch('members:open', { memberId: 'NSH400012345' }, TRUSTED);
    expect(result).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'No member has that ID.' } });
  });

  it('hides unexpected errors behind a reference instead of leaking internals', async () => {
    const { dispatcher } = setup();
    const result = await dispatcher.dispatch('members:list-recent', undefined, TRUSTED);
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    if (!result.ok) {
      expect(result.error.message).toMatch(/ref [0-9a-f]{8}/);
      expect(result.error.message).not.toContain('secret-path');
    }
  });
});
