/**
 * Card and bank digits to the payment processor, and nowhere else: main sends them once, keeps nothing
 * (no store, no cache, no log line with them), and hands back the token with brand, last four and
 * expiry. A token is harmless to make twice, so tokenising is not a durable rep action; only saving
 * the token (payments:add-method) goes through the write path.
 */
import type { CreateTokenRequest } from '../../shared/api/processor-routes';
import { AppFailure } from '../../shared/ipc/result';
import type { TokenizeOutcome } from '../../shared/ipc/views';
import { BackendRefusal } from '../backend/backend-refusal';
import type { ProcessorClient } from '../backend/create-processor-client';
import type { Logger } from '../logging/create-logger';

/** Sends one card or bank account for a token. */
export interface Tokenizer {
  tokenize(details: CreateTokenRequest): Promise<TokenizeOutcome>;
}

export interface TokenizerDeps {
  /** Null when no processor is configured (processor.url). */
  readonly processor: ProcessorClient | null;
  /** Throws NOT_SIGNED_IN unless a rep is signed in: a page with no session may not send cards anywhere. */
  readonly requireRepId: () => string;
  readonly logger: Logger;
}

const NOT_CONFIGURED = new AppFailure('BACKEND_ERROR', 'No payment processor is configured, so cards and bank accounts cannot be added. Tell IT: processor.url is not set.');

/** Codes about the processor itself that must not read as the rep's own session ending. */
const PROCESSOR_AUTH_CODES = new Set(['NOT_SIGNED_IN', 'FORBIDDEN']);

/** Creates the tokenizer. */
export function createTokenizer(deps: TokenizerDeps): Tokenizer {
  return {
    async tokenize(details) {
      deps.requireRepId();
      if (!deps.processor) throw NOT_CONFIGURED;
      try {
        const method = await deps.processor.call('createToken', { body: details });
        deps.logger.info({ kind: method.kind, status: 'tokenized' }, 'payment method tokenised');
        return { status: 'tokenized', method };
      } catch (error) {
        if (error instanceof BackendRefusal) {
          deps.logger.info({ kind: details.kind, status: 'refused', code: error.code }, 'payment method not tokenised');
          return { status: 'refused', code: error.code, message: error.message };
        }
        if (error instanceof AppFailure && PROCESSOR_AUTH_CODES.has(error.code)) {
          throw new AppFailure('BACKEND_ERROR', 'The payment processor refused Rep Console. Tell IT; nothing was saved or charged.');
        }
        if (error instanceof AppFailure) throw error;
        // Never log the error itself: an HTTP library's error carries the request, and this one held a card.
        deps.logger.error({ kind: details.kind }, 'tokenising failed unexpectedly');
        throw new AppFailure('INTERNAL', 'The card could not be sent to the payment processor. Try again; if it keeps happening, tell IT.');
      }
    },
  };
}
