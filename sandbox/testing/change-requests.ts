/** Request bodies for the participation and payment changes as the console sends them, processed on the test sandbox's as-of date. */

/** The default seed's business date, the day every test change is processed. */
export const TEST_AS_OF = '2026-11-15';

const MEMBER = { kind: 'member' } as const;
type Overrides = Readonly<Record<string, unknown>>;

/** An opt-in by phone for the as-of year, asked today by the member. */
export const optInRequest = (overrides: Overrides = {}) => ({ planYear: 2026, channel: 'phone', requestedOn: TEST_AS_OF, authorizedBy: MEMBER, ...overrides });

/** An opt-out by phone asked today by the member, for a reason every client uses. */
export const optOutRequest = (overrides: Overrides = {}) => ({ reasonCode: 'COST', channel: 'phone', requestedOn: TEST_AS_OF, authorizedBy: MEMBER, ...overrides });

/** A back-date to `effectiveOn` with a reason, on the member's authority. */
export const backdateRequest = (effectiveOn: string, overrides: Overrides = {}) => ({ effectiveOn, reason: 'Asked earlier; the form was mislaid.', authorizedBy: MEMBER, ...overrides });

/** A payment of `amountCents` with a saved method, on the member's authority. */
export const paymentRequest = (amountCents: number, methodId: string, overrides: Overrides = {}) => ({ amountCents, amountChoice: 'other', methodId, authorizedBy: MEMBER, ...overrides });

/** A test card as the member reads it out (4242… approves; see sandbox/README.md for the declining ones). */
export const cardDetails = (number = '4242424242424242', overrides: Overrides = {}) => ({ kind: 'card', number, expMonth: 12, expYear: 2029, securityCode: '123', postalCode: '55401', ...overrides });

/** A test bank account at the sandbox's test routing number. */
export const bankDetails = (accountNumber = '000123456789', overrides: Overrides = {}) => ({ kind: 'bank', routingNumber: '011000015', accountNumber, accountType: 'checking', ...overrides });
