/**
 * The processor stand-in's test numbers: which cards and accounts approve and which decline at charge
 * time, and for what reason, so every decline a rep can meet is reachable from the console. Any other
 * valid number approves. Published in sandbox/README.md; no real account has these numbers.
 */
import type { ChargeBehaviour } from '../database/create-token-repository';

const CARDS: Readonly<Record<string, ChargeBehaviour>> = {
  '4242424242424242': 'approve',
  '5555555555554444': 'approve',
  '378282246310005': 'approve',
  '4000000000009995': 'insufficient_funds',
  '4000000000000069': 'expired_card',
  '4000000000000002': 'do_not_honor',
};

/** The test routing number whose accounts below behave as named; other routing numbers approve. */
export const TEST_ROUTING_NUMBER = '011000015';

const ACCOUNTS: Readonly<Record<string, ChargeBehaviour>> = {
  '000123456789': 'approve',
  '000111111116': 'closed_account',
  '000222222227': 'insufficient_funds',
};

/** How a charge on this card number will end. */
export function cardBehaviour(number: string): ChargeBehaviour {
  return CARDS[number] ?? 'approve';
}

/** How a draft from this account will end. */
export function bankBehaviour(routingNumber: string, accountNumber: string): ChargeBehaviour {
  return routingNumber === TEST_ROUTING_NUMBER ? (ACCOUNTS[accountNumber] ?? 'approve') : 'approve';
}
