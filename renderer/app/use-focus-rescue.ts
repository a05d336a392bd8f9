/**
 * A safety net: if the element that had focus is removed from the page, put focus back in the member
 * search instead of leaving a keyboard user stranded on <body>.
 *
 * Chromium does not fire blur when a focused node is removed, so this watches for removals instead.
 * Clicking empty space (focus on <body> with the old element still present) is left alone.
 */
import { useEffect } from 'react';
import { focusTarget, type FocusTarget } from './focus-targets';

/** Installs the rescue for as long as the console is mounted. */
export function useFocusRescue(fallback: FocusTarget = 'search'): void {
  useEffect(() => {
    let lastFocused: Element | null = document.activeElement;
    const remember = (event: FocusEvent) => {
      lastFocused = event.target instanceof Element ? event.target : null;
    };
    const observer = new MutationObserver(() => {
      const isStranded = document.activeElement === null || document.activeElement === document.body;
      if (isStranded && lastFocused && !lastFocused.isConnected) focusTarget(fallback);
    });
    document.addEventListener('focusin', remember);
    observer.observe(document.body, { childList: true, subtree: true });
    return () => {
      document.removeEventListener('focusin', remember);
      observer.disconnect();
    };
  }, [fallback]);
}
