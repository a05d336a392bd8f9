/**
 * The one registry of console commands: the global key handler, the command palette and the shortcut
 * sheet all read it, so a shortcut can never work in one place and be missing from another.
 */
import { flushSync } from 'react-dom';
import type { DialogKind } from '../features/dialogs/dialog-slice';
import { DOMAIN_LIST } from '../features/domains/domain-list';
import type { ConsoleStore } from '../state/create-console-store';
import { focusTarget } from './focus-targets';
import type { Shortcut } from './shortcut';

export type { DialogKind } from '../features/dialogs/dialog-slice';

/** What a command may touch when it runs. */
export interface CommandContext {
  readonly store: ConsoleStore;
  openDialog(kind: DialogKind): void;
}

/** One action a rep can run from a key, the palette, or both. */
export interface Command {
  readonly id: string;
  readonly label: string;
  readonly shortcut: Shortcut | null;
  /** Shown but unavailable while no member is open. */
  readonly needsMember: boolean;
  run(context: CommandContext): void;
}

const printable = (key: string, aria: string): Shortcut => ({ kind: 'printable', key, label: key, aria });
const alt = (code: string, key: string): Shortcut => ({ kind: 'chord', modifier: 'alt', code, label: `Alt+${key}`, aria: `Alt+${key}` });

const domainCommands: Command[] = DOMAIN_LIST.map((domain, index) => ({
  id: `domain-${domain.id}`,
  label: `Go to ${domain.label}`,
  shortcut: alt(`Digit${index + 1}`, String(index + 1)),
  needsMember: true,
  run: ({ store }) => {
    store.getState().selectDomain(domain.id);
    focusTarget('domainPanel');
  },
}));

/** Every command, in the order the palette and the sheet list them. */
export const KEYMAP: readonly Command[] = [
  { id: 'find-member', label: 'Find a member', shortcut: printable('/', '/'), needsMember: false, run: () => focusTarget('search', { select: true }) },
  ...domainCommands,
  { id: 'toggle-mbi', label: 'Show or hide MBI', shortcut: alt('KeyM', 'M'), needsMember: true, run: ({ store }) => store.getState().toggleMbi() },
  {
    id: 'refresh-member',
    label: 'Refresh member',
    shortcut: alt('KeyR', 'R'),
    needsMember: true,
    run: ({ store }) => {
      const memberId = store.getState().memberView?.profile.member.memberId;
      if (memberId) void store.getState().openMember(memberId, { forceRefresh: true });
    },
  },
  { id: 'opt-in', label: 'Opt in to the payment plan', shortcut: alt('KeyI', 'I'), needsMember: true, run: ({ openDialog }) => openDialog('opt-in') },
  { id: 'opt-out', label: 'Opt out of the payment plan', shortcut: alt('KeyO', 'O'), needsMember: true, run: ({ openDialog }) => openDialog('opt-out') },
  {
    id: 'back-date',
    label: 'Back-date the opt-in',
    shortcut: alt('KeyB', 'B'),
    needsMember: true,
    run: ({ store }) => {
      // The date lives on the Participation tab: show it first, then focus it (the panel when there is no date).
      flushSync(() => store.getState().selectDomain('participation'));
      if (!focusTarget('effectiveDate')) focusTarget('domainPanel');
    },
  },
  { id: 'what-if', label: 'Open the what-if bill calculator', shortcut: alt('KeyC', 'C'), needsMember: false, run: ({ openDialog }) => openDialog('what-if') },
  { id: 'go-recent', label: 'Go to recent lookups', shortcut: alt('KeyL', 'L'), needsMember: false, run: () => focusTarget('recent') },
  {
    id: 'open-palette',
    label: 'Open command palette',
    shortcut: { kind: 'chord', modifier: 'primary', code: 'KeyK', label: 'Ctrl+K', aria: 'Control+K Meta+K' },
    needsMember: false,
    run: ({ openDialog }) => openDialog('palette'),
  },
  { id: 'show-shortcuts', label: 'Show keyboard shortcuts', shortcut: printable('?', 'Shift+?'), needsMember: false, run: ({ openDialog }) => openDialog('shortcuts') },
  // No shortcut on purpose: signing out mid-call by a stray key would cost the rep the caller's record.
  { id: 'sign-out', label: 'Sign out', shortcut: null, needsMember: false, run: ({ store }) => void store.getState().signOut() },
];

/** A command that needs a member is unavailable until one is open. */
export function isCommandAvailable(command: Command, hasOpenMember: boolean): boolean {
  return !command.needsMember || hasOpenMember;
}
