/**
 * A keyboard shortcut and how to match it.
 *
 * Chords match on `event.code` so Alt+3 and Alt+M work on macOS, where Option turns the key into "£" or "µ".
 * Single printable keys ("/", "?") match on `event.key`, because "?" sits on different keys per layout.
 */
export type Shortcut =
  | { readonly kind: 'printable'; readonly key: string; readonly label: string; readonly aria: string }
  | { readonly kind: 'chord'; readonly modifier: 'alt' | 'primary'; readonly code: string; readonly label: string; readonly aria: string; readonly withShift?: true };

type KeyLike = Pick<KeyboardEvent, 'key' | 'code' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>;

/** The key a chord's code stands for, for events that carry no code (synthetic ones). */
function keyOfCode(code: string): string {
  return code.replace(/^(Key|Digit)/, '').toLowerCase();
}

/** True when the event is this shortcut; Ctrl and Cmd both count as the primary modifier. */
export function matchesShortcut(event: KeyLike, shortcut: Shortcut): boolean {
  if (shortcut.kind === 'printable') {
    return event.key === shortcut.key && !event.altKey && !event.ctrlKey && !event.metaKey;
  }
  const isCode = event.code === shortcut.code || (event.code === '' && event.key.toLowerCase() === keyOfCode(shortcut.code));
  // Alt+Shift+A (a team-lead screen) and Alt+A (answer) are different commands: Shift must match.
  if (shortcut.modifier === 'alt') return event.altKey && !event.ctrlKey && !event.metaKey && event.shiftKey === (shortcut.withShift === true) && isCode;
  return (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && isCode;
}
