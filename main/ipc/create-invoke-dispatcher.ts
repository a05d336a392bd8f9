/** The one `handle()` path every call takes: known channel, trusted sender, parsed input, readable result. */
import { randomUUID } from 'node:crypto';
import { invokeContract, type InvokeChannel } from '../../shared/ipc/contract';
import { AppFailure, type Result } from '../../shared/ipc/result';
import type { Logger } from '../logging/create-logger';
import type { InvokeHandlers } from './handlers';
import type { SenderInfo } from './is-trusted-sender';

export interface InvokeDispatcher {
  dispatch(channel: unknown, input: unknown, sender: SenderInfo): Promise<Result<unknown>>;
}

function isInvokeChannel(channel: unknown): channel is InvokeChannel {
  return typeof channel === 'string' && Object.hasOwn(invokeContract, channel);
}

/** Wraps the handler table so no handler ever sees unvalidated input or an untrusted caller. */
export function createInvokeDispatcher(deps: {
  handlers: InvokeHandlers;
  isTrustedSender: (sender: SenderInfo) => boolean;
  logger: Logger;
}): InvokeDispatcher {
  const { handlers, isTrustedSender, logger } = deps;
  return {
    async dispatch(channel, input, sender) {
      if (!isInvokeChannel(channel)) {
        return { ok: false, error: { code: 'INVALID_INPUT', message: 'Rep Console does not know that request.' } };
      }
      if (!isTrustedSender(sender)) {
        logger.warn({ channel, origin: sender.origin }, 'refused a call from an untrusted sender');
        return { ok: false, error: { code: 'UNTRUSTED_SENDER', message: 'This window is not allowed to call Rep Console.' } };
      }
      const parsed = invokeContract[channel].input.safeParse(input);
      if (!parsed.success) {
        const message = parsed.error.issues[0]?.message ?? 'That request is not valid.';
        return { ok: false, error: { code: 'INVALID_INPUT', message } };
      }
      try {
        const handler = handlers[channel] as (value: unknown) => Promise<unknown>;
        return { ok: true, value: await handler(parsed.data) };
      } catch (error) {
        if (error instanceof AppFailure) return { ok: false, error: { code: error.code, message: error.message } };
        const ref = randomUUID().slice(0, 8);
        logger.error({ err: error, channel, ref }, 'handler failed');
        return {
          ok: false,
          error: { code: 'INTERNAL', message: `Something went wrong in Rep Console. Try again; if it keeps happening, tell IT (ref ${ref}).` },
        };
      }
    },
  };
}
