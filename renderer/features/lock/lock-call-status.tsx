/**
 * The call, as far as a locked console may tell it: that one is ringing, connected or on hold, and the
 * keys that still work on it (answer, hold, hang up) — never who is calling or from which number.
 */
import { useConsoleStore } from '../../state/use-console-store';

const SAID = {
  ringing: 'A call is ringing: Alt+A answers it. Unlock to see who is calling.',
  connected: 'A call is connected: Alt+H holds it, Alt+X hangs up.',
  held: 'A call is on hold: Alt+H resumes it, Alt+X hangs up.',
} as const;

/** A live line that changes with the call's phase; empty between calls. */
export function LockCallStatus() {
  const phase = useConsoleStore((state) => state.callsState?.call?.phase ?? null);
  return <p role="status">{phase && phase !== 'ended' ? SAID[phase] : ''}</p>;
}
