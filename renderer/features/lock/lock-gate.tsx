/**
 * Puts the lock in front of the signed-in console. The console stays mounted under a lock that came
 * while it was on screen (drafts, notes and open flows survive); a console opened while already
 * locked (a reload) is mounted only after the unlock, since main refuses its first reads until then.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { useConsoleStore } from '../../state/use-console-store';
import { LockScreen } from './lock-screen';
import { useActivityReporter } from './use-activity-reporter';

/** Renders `children` (the console) and, while main says locked, the lock screen over them. */
export function LockGate({ children }: { readonly children: ReactNode }) {
  const loadLockState = useConsoleStore((state) => state.loadLockState);
  const isLocked = useConsoleStore((state) => state.lockState?.isLocked ?? false);
  // Asked afresh for every session: a lock state from an earlier session says nothing about this one.
  const [isReady, setReady] = useState(false);
  const [hasShownConsole, setShownConsole] = useState(false);
  useEffect(() => {
    let isMounted = true;
    void loadLockState().finally(() => {
      if (isMounted) setReady(true);
    });
    return () => {
      isMounted = false;
    };
  }, [loadLockState]);
  const showsConsole = isReady && (!isLocked || hasShownConsole);
  // Remembered while rendering (React's "adjust state on a change"), so a lock never unmounts it.
  if (showsConsole && !hasShownConsole) setShownConsole(true);
  useActivityReporter(isReady && !isLocked);

  return (
    <>
      {showsConsole ? children : null}
      {isReady && isLocked ? <LockScreen /> : null}
    </>
  );
}
