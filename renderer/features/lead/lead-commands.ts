/**
 * The team lead's commands, for the keymap: each lead screen by name and by Alt+Shift+letter, and the
 * way back. They are listed only for team leads; a rep who presses one is told it is for team leads.
 */
import type { Command } from '../../app/keymap';
import type { Shortcut } from '../../app/shortcut';
import { closeLeadArea, openLeadArea } from './lead-navigation';
import type { LeadScreenId } from './lead-screens';

const altShift = (letter: string): Shortcut => ({ kind: 'chord', modifier: 'alt', withShift: true, code: `Key${letter}`, label: `Alt+Shift+${letter}`, aria: `Alt+Shift+${letter}` });

const screen = (id: LeadScreenId, label: string, letter: string): Command => ({
  id: `open-${id}`, label, shortcut: altShift(letter), needsMember: false, isLeadOnly: true, run: ({ store }) => openLeadArea(store, id),
});

export const LEAD_COMMANDS: readonly Command[] = [
  screen('approvals', 'Open approvals queue', 'A'),
  screen('floor', 'Open floor board', 'F'),
  screen('audit', 'Open audit trail', 'L'),
  // Escape does the same inside the team area.
  { id: 'back-to-member', label: 'Back to member', shortcut: null, needsMember: false, isLeadOnly: true, run: ({ store }) => closeLeadArea(store) },
];
