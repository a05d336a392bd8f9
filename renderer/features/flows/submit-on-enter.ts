/**
 * Enter in any field of a flow's form submits it, as it does in a text field: reps keep their hands
 * on the keys, and a step with defaults is one Enter away from the next. Buttons keep their own
 * Enter (click), and a textarea keeps its newline.
 */
import type { KeyboardEvent } from 'react';

const KEEP_OWN_ENTER = new Set(['button', 'submit', 'reset', 'file', 'image', 'color']);

/** A form's onKeyDown: Enter with no modifier in an input requests the form's submit. */
export function submitOnEnter(event: KeyboardEvent<HTMLFormElement>): void {
  if (event.key !== 'Enter' || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || event.nativeEvent.isComposing) return;
  const target = event.target;
  if (!(target instanceof HTMLInputElement) || KEEP_OWN_ENTER.has(target.type)) return;
  event.preventDefault();
  event.currentTarget.requestSubmit();
}
