/**
 * Moves focus to the first thing a keyboard user acts on in a region: a `[data-autofocus]` element,
 * else the first enabled field or button, so every dialog and every step starts where typing starts.
 *
 * A radio group gets focus on its checked radio (what Tab would reach), not on its first option.
 */
const FIELDS = 'input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), [tabindex="0"]';

function checkedInGroup(radio: HTMLInputElement, root: HTMLElement): HTMLInputElement {
  if (radio.type !== 'radio' || radio.name === '') return radio;
  const group = Array.from(root.querySelectorAll<HTMLInputElement>('input[type="radio"]')).filter((r) => r.name === radio.name);
  return group.find((r) => r.checked && !r.disabled) ?? radio;
}

/** Finds the element that should get focus first inside `root`, or null when there is none. */
export function findFirstField(root: HTMLElement): HTMLElement | null {
  const marked = root.querySelector<HTMLElement>('[data-autofocus]');
  if (marked) return marked;
  const first = root.querySelector<HTMLElement>(FIELDS);
  if (first instanceof HTMLInputElement) return checkedInGroup(first, root);
  return first;
}

/** Focuses the first field (or `root` itself when it holds none) and says whether focus landed. */
export function focusFirstField(root: HTMLElement): boolean {
  const target = findFirstField(root) ?? root;
  target.focus();
  return document.activeElement === target;
}
