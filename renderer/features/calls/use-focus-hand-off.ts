/**
 * When a part of the call bar goes away while it holds focus (Answer once the call connects, the
 * controls once it ends), focus moves to the bar itself instead of falling to <body>.
 *
 * Runs in a layout-effect cleanup: the part's DOM is still in the page then, so the focused element
 * can be recognised before it is removed.
 */
import { useLayoutEffect, type RefObject } from 'react';

/** Hands focus from `part` to `target` when `part` unmounts while focus is inside it. */
export function useFocusHandOff(part: RefObject<HTMLElement | null>, target: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const root = part.current;
    return () => {
      // Read at cleanup on purpose: the bar's ref is attached after this part's first layout effect.
      // eslint-disable-next-line react-hooks/exhaustive-deps
      if (root && root.contains(document.activeElement)) target.current?.focus();
    };
  }, [part, target]);
}
