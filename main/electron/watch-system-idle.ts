/**
 * Feeds the idle lock what only the OS knows: input anywhere on the computer (so a rep working in
 * another window is not idle) and the OS screen lock (the rep locked the computer: the console locks
 * too). Thin on purpose: the decisions live in main/session/idle-lock.ts, tested in plain Node.
 */
import { powerMonitor } from 'electron';
import type { IdleLock } from '../session/idle-lock';

/** How often the OS's idle time is read; cheap, and well under the shortest idle time policy allows. */
const POLL_MS = 2_000;

/** Starts watching; returns the function that stops it. */
export function watchSystemIdle(lock: Pick<IdleLock, 'reportSystemIdle' | 'lock'>): () => void {
  const timer = setInterval(() => lock.reportSystemIdle(powerMonitor.getSystemIdleTime()), POLL_MS);
  const onScreenLocked = () => {
    try {
      lock.lock('manual');
    } catch {
      // Nobody is signed in: there is nothing to lock.
    }
  };
  powerMonitor.on('lock-screen', onScreenLocked);
  return () => {
    clearInterval(timer);
    powerMonitor.off('lock-screen', onScreenLocked);
  };
}
