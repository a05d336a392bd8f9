/** The 429 a throttled sign-in gets: a wait in words for the rep and in seconds for Retry-After. */
import { SandboxApiError } from './sandbox-api-error';

const plural = (count: number, unit: string): string => `${count} ${unit}${count === 1 ? '' : 's'}`;

/** Seconds under a minute, else whole minutes, always rounded up so trying again then works. */
export function describeWait(waitMs: number): string {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  return seconds < 60 ? plural(seconds, 'second') : plural(Math.ceil(seconds / 60), 'minute');
}

/** The refusal for an attempt made while its user name or address is locked out. */
export function tooManyAttempts(waitMs: number): SandboxApiError {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  return new SandboxApiError(429, 'TOO_MANY_ATTEMPTS', `Too many sign-in attempts. Try again in ${describeWait(waitMs)}.`, { 'retry-after': String(seconds) });
}
