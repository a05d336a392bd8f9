/**
 * Key presses for jsdom that also do what a browser does by default when no handler prevents it:
 * Tab and Shift+Tab move focus (inside the open dialog), Enter and Space on a button click it, Space
 * on a radio checks it, arrows move through a radio group, and Enter in a text field submits its
 * form. jsdom does none of this, and @testing-library/user-event is not installed.
 *
 * Every press is counted, so a test can hold a flow to its key budget.
 */
import { fireEvent } from '@testing-library/react';

const TABBABLE = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';
const TEXT_INPUTS = new Set(['text', 'search', 'date', 'email', 'tel', 'number', 'password', 'url']);

let presses = 0;

/** Key presses since the last reset. */
export function countPresses(): number {
  return presses;
}

/** Starts counting from zero. */
export function resetPresses(): void {
  presses = 0;
}

function radioGroup(radio: HTMLInputElement): HTMLInputElement[] {
  return Array.from(document.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${radio.name}"]`)).filter((r) => !r.disabled);
}

/** Tab order inside the top dialog (or the page): one stop per radio group, its checked radio. */
function tabStops(): HTMLElement[] {
  const dialogs = document.querySelectorAll<HTMLElement>('[role="dialog"], [role="alertdialog"]');
  const scope = dialogs[dialogs.length - 1] ?? document.body;
  return Array.from(scope.querySelectorAll<HTMLElement>(TABBABLE)).filter((element) => {
    if (element.closest('[aria-hidden="true"]') || element.hasAttribute('data-radix-focus-guard')) return false;
    if (!(element instanceof HTMLInputElement) || element.type !== 'radio') return true;
    const group = radioGroup(element);
    return element === (group.find((r) => r.checked) ?? group[0]);
  });
}

function defaultAction(target: Element, key: string, shiftKey: boolean): void {
  if (key === 'Tab') {
    const stops = tabStops();
    const next = stops[(stops.indexOf(target as HTMLElement) + (shiftKey ? stops.length - 1 : 1)) % stops.length];
    next?.focus();
  } else if (target instanceof HTMLButtonElement && (key === 'Enter' || key === ' ')) {
    fireEvent.click(target);
  } else if (target instanceof HTMLInputElement && target.type === 'radio' && (key === ' ' || key.startsWith('Arrow'))) {
    const group = radioGroup(target);
    const step = key === 'ArrowDown' || key === 'ArrowRight' ? 1 : key === 'ArrowUp' || key === 'ArrowLeft' ? -1 : 0;
    const next = group[(group.indexOf(target) + step + group.length) % group.length] ?? target;
    next.focus();
    if (!next.checked) fireEvent.click(next);
  } else if (target instanceof HTMLInputElement && key === 'Enter' && TEXT_INPUTS.has(target.type)) {
    target.form?.requestSubmit();
  }
}

/** Presses one key (with modifiers and, for chords, the physical `code`) on the focused element. */
export function press(key: string, init: { altKey?: boolean; ctrlKey?: boolean; metaKey?: boolean; shiftKey?: boolean; code?: string } = {}): void {
  presses += 1;
  const target = document.activeElement ?? document.body;
  const isDefaultAllowed = fireEvent.keyDown(target, { key, ...init });
  if (isDefaultAllowed && !init.altKey && !init.ctrlKey && !init.metaKey) defaultAction(target, key, init.shiftKey === true);
  fireEvent.keyUp(target, { key, ...init });
}

/** Presses Alt+letter the way a keyboard sends it (matched on `code`, so macOS Option letters work). */
export function pressAlt(letter: string): void {
  press(letter.toLowerCase(), { altKey: true, code: `Key${letter.toUpperCase()}` });
}

/** Replaces the focused field's text, as typing over a selection would (not counted: budgets are for defaults). */
export function typeText(text: string): void {
  const target = document.activeElement;
  if (!(target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement)) throw new Error('typeText needs a focused text field.');
  fireEvent.change(target, { target: { value: text } });
}

/** Presses Tab until `element` has focus (at most 40 times), as a rep would walk to it. */
export function tabTo(element: Element): void {
  for (let i = 0; i < 40 && document.activeElement !== element; i += 1) press('Tab');
  if (document.activeElement !== element) throw new Error('Tab never reached the element.');
}
