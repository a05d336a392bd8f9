/**
 * Listens for every shortcut in the keymap on the window.
 *
 * Single printable keys never fire in a text field (the rep is typing); modifier chords always do.
 * While a dialog is open only the dialog handles keys (except call controls, which cannot wait for a
 * form), but Ctrl+K is still swallowed so the browser's own Ctrl+K (focus the address bar) never
 * steals focus from the console.
 */
import { useEffect, useRef } from 'react';
import { isTextEntry } from './is-text-entry';
import { isCommandAvailable, KEYMAP, type CommandContext } from './keymap';
import { matchesShortcut } from './shortcut';

/** Attaches the listener; the dialog flag is read through a ref so the listener is attached once. */
export function useGlobalShortcuts(context: CommandContext, isDialogOpen: boolean): void {
  const isDialogOpenRef = useRef(isDialogOpen);
  useEffect(() => {
    isDialogOpenRef.current = isDialogOpen;
  }, [isDialogOpen]);

  useEffect(() => {
    function handleKeyDown(event: KeyboardEvent): void {
      if (event.defaultPrevented || event.isComposing) return;
      const command = KEYMAP.find((candidate) => candidate.shortcut && matchesShortcut(event, candidate.shortcut));
      if (!command?.shortcut) return;
      if (command.shortcut.kind === 'printable' && isTextEntry(event.target)) return;
      event.preventDefault();
      // A held key must not refresh the member or toggle the MBI over and over.
      if ((isDialogOpenRef.current && !command.worksInDialogs) || event.repeat) return;
      if (!isCommandAvailable(command, context.store.getState().memberView !== null)) return;
      command.run(context);
    }
    window.addEventListener('keydown', handleKeyDown);
    return () => window.removeEventListener('keydown', handleKeyDown);
  }, [context]);
}
