/**
 * Tells main the rep is at the console (a key, a click, the pointer or the wheel moving), at most once
 * per window: the first input at once, and once more at the end of the window if there was more, so
 * main hears of the last input within a few seconds without a message per key.
 */
import { useEffect } from 'react';
import { useConsoleStore } from '../../state/use-console-store';

/** The longest main waits to hear of input; well under the shortest idle time policy allows (5 s). */
export const ACTIVITY_REPORT_MS = 2_000;
const INPUT_EVENTS = ['keydown', 'pointerdown', 'pointermove', 'wheel'] as const;

/** Listens on the window while `isActive`; no reports while locked (main ignores them then anyway). */
export function useActivityReporter(isActive: boolean): void {
  const reportActivity = useConsoleStore((state) => state.reportActivity);
  useEffect(() => {
    if (!isActive) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let hasMore = false;
    const send = () => {
      hasMore = false;
      reportActivity();
      timer = setTimeout(() => {
        timer = null;
        if (hasMore) send();
      }, ACTIVITY_REPORT_MS);
    };
    const onInput = () => {
      if (timer) hasMore = true;
      else send();
    };
    for (const type of INPUT_EVENTS) window.addEventListener(type, onInput, { capture: true, passive: true });
    return () => {
      for (const type of INPUT_EVENTS) window.removeEventListener(type, onInput, { capture: true });
      if (timer) clearTimeout(timer);
    };
  }, [isActive, reportActivity]);
}
