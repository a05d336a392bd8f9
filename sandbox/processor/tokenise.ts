/**
 * Tokenisation, as a processor does it: check the digits, keep what may be shown (brand, last four,
 * expiry) and how a charge on them will behave, and answer a random single-use token. The digits and
 * the security code live only in this call's memory; nothing here logs, stores or echoes them.
 */
import { randomBytes } from 'node:crypto';
import type { CreateTokenRequest, ProcessorTokenResult } from '../../shared/api/processor-routes';
import { isValidAbaRouting } from '../../shared/lib/aba-routing';
import { detectCardBrand, isCompleteCardNumber } from '../../shared/lib/detect-card-brand';
import type { StoredToken } from '../database/create-token-repository';
import { SandboxApiError } from '../server/sandbox-api-error';
import { bankBehaviour, cardBehaviour } from './test-numbers';

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** `tok_` and 24 random letters and digits (62^24, about 143 bits). */
function newToken(): string {
  return `tok_${[...randomBytes(24)].map((byte) => ALPHANUMERIC[byte % 62]).join('')}`;
}

const invalid = (code: string, message: string) => new SandboxApiError(422, code, message);

/** The token to store and the answer; throws 422 with the contract's code for digits that do not check out. */
export function tokenise(request: CreateTokenRequest, asOf: string): { stored: Omit<StoredToken, 'usedAtMs'>; result: ProcessorTokenResult } {
  if (request.kind === 'bank') {
    if (!isValidAbaRouting(request.routingNumber)) throw invalid('ROUTING_NUMBER_INVALID', 'That routing number is not valid. It is the nine digits at the bottom left of a check.');
    if (!/^\d{4,17}$/.test(request.accountNumber)) throw invalid('ACCOUNT_NUMBER_INVALID', 'An account number is 4 to 17 digits.');
    const brand = request.accountType === 'checking' ? 'Checking' : 'Savings';
    const stored = {
      token: newToken(), kind: 'bank' as const, brand, last4: request.accountNumber.slice(-4), expMonth: null, expYear: null,
      behaviour: bankBehaviour(request.routingNumber, request.accountNumber),
    };
    return { stored, result: { token: stored.token, kind: 'bank', brand, last4: stored.last4, expMonth: null, expYear: null } };
  }
  if (!isCompleteCardNumber(request.number)) throw invalid('CARD_NUMBER_INVALID', 'That card number is not valid. Read it again, digit by digit.');
  const brand = detectCardBrand(request.number);
  const thisMonth = asOf.slice(0, 7);
  if (`${request.expYear}-${String(request.expMonth).padStart(2, '0')}` < thisMonth) throw invalid('CARD_EXPIRED', 'That card has expired. Ask for a card with a later expiry date.');
  const codeLength = brand?.securityCodeLength ?? 3;
  if (!new RegExp(`^\\d{${codeLength}}$`).test(request.securityCode)) {
    throw invalid('SECURITY_CODE_INVALID', `The security code on this card is ${codeLength} digits${codeLength === 4 ? ', on the front' : ', on the back'}.`);
  }
  const stored = {
    token: newToken(), kind: 'card' as const, brand: brand?.name ?? 'Card', last4: request.number.slice(-4), expMonth: request.expMonth, expYear: request.expYear,
    behaviour: cardBehaviour(request.number),
  };
  return { stored, result: { token: stored.token, kind: 'card', brand: stored.brand, last4: stored.last4, expMonth: stored.expMonth, expYear: stored.expYear } };
}
