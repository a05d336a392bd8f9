/** Request bodies for the participation changes as the console sends them, processed on the test sandbox's as-of date. */

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
