/**
 * Lets a screen pop fill the search field (the caller's number, or empty for a withheld one) while
 * the field keeps owning its text: the search component calls this with its own setter.
 *
 * The text is applied during render, so by the time the pop handler focuses and selects the field the
 * new text is already in it.
 */
import { useState } from 'react';
import { useConsoleStore } from '../../state/use-console-store';

/** Calls `apply` once for each new prefill request from the store. */
export function useSearchPrefill(apply: (text: string) => void): void {
  const prefill = useConsoleStore((state) => state.searchPrefill);
  const [appliedSeq, setAppliedSeq] = useState(0);
  if (prefill && prefill.seq !== appliedSeq) {
    setAppliedSeq(prefill.seq);
    apply(prefill.text);
  }
}
