/**
 * Whether a call holds the rep right now, in words for the refusal: an update never restarts the
 * console while a call rings, is connected or held, or while its wrap-up is open.
 */

/** What the calls area and the interaction say at this moment. */
export interface CallActivity {
  /** The call bar's call phase; null when there is no call. */
  readonly callPhase: 'ringing' | 'connected' | 'held' | 'ended' | null;
  /** An interaction is open (a call running or its wrap-up not finished). */
  readonly hasOpenInteraction: boolean;
}

/** Null when nothing holds the rep; otherwise why an install must wait. */
export function findCallInProgress({ callPhase, hasOpenInteraction }: CallActivity): string | null {
  if (callPhase === 'ringing') return 'a call is ringing';
  if (callPhase === 'connected') return 'a call is connected';
  if (callPhase === 'held') return 'a call is on hold';
  if (hasOpenInteraction) return 'the last call is still in wrap-up';
  return null;
}
