/**
 * One screen pop per call id, on ringing only: a replayed ringing, a reconnecting driver or a late
 * answer never takes the rep's screen somewhere a second time, and a call that hung up while its
 * member was being looked up pops nothing (the rep would be sent to a caller who is gone).
 */
import type { CallInfo } from '../../shared/calls/call-events';
import type { PopTarget } from '../../shared/calls/call-views';
import type { Logger } from '../logging/create-logger';

/** Pops a new call once. */
export type ScreenPop = (call: CallInfo) => void;

export interface ScreenPopDeps {
  readonly resolve: (call: CallInfo) => Promise<PopTarget>;
  /** Whether a rep is signed in: without one there is nowhere to pop to. */
  readonly isSignedIn: () => boolean;
  /** Whether the call is still ringing or on (not ended) when its target is known. */
  readonly isLive: (callId: string) => boolean;
  readonly onPopped: (callId: string, target: PopTarget) => void;
  readonly logger: Logger;
}

/** Call ids already popped are remembered this long (in count): far more than a shift's calls. */
const REMEMBERED = 1000;

/** Creates the pop; `onPopped` hears each call's target once. */
export function createScreenPop(deps: ScreenPopDeps): ScreenPop {
  const popped = new Set<string>();
  return (call) => {
    const { callId } = call;
    if (popped.has(callId)) return;
    popped.add(callId);
    if (popped.size > REMEMBERED) popped.delete(popped.values().next().value ?? callId);
    if (!deps.isSignedIn()) {
      deps.logger.info({ callId }, 'screen pop skipped: no rep is signed in');
      return;
    }
    const startedAt = performance.now();
    deps.resolve(call).then(
      (target) => {
        if (!deps.isLive(callId)) {
          deps.logger.info({ callId }, 'screen pop dropped: the call ended while its member was looked up');
          return;
        }
        deps.logger.debug({ callId, kind: target.kind, ms: Math.round(performance.now() - startedAt) }, 'screen pop');
        deps.onPopped(callId, target);
      },
      (error: unknown) => deps.logger.error({ err: error, callId }, 'screen pop failed'),
    );
  };
}
