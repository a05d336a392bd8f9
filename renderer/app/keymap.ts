/**
 * The one registry of console commands: the global key handler, the command palette and the shortcut
 * sheet all read it, so a shortcut can never work in one place and be missing from another.
 */
import { flushSync } from 'react-dom';
import type { DialogKind } from '../features/dialogs/dialog-slice';
import { CALL_COMMANDS } from '../features/calls/call-commands';
import { DOMAIN_LIST } from '../features/domains/domain-list';
import { LEAD_COMMANDS } from '../features/lead/lead-commands';
import type { ConsoleStore } from '../state/create-console-store';
import { FOCUS_TARGETS, focusTarget } from './focus-targets';
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
  /** Runs even while a dialog is open (call controls: the caller does not wait for a form). */
  readonly worksInDialogs?: boolean;
  /** Listed for team leads only; a rep who presses its shortcut is told so (features/lead/). */
  readonly isLeadOnly?: true;
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
  { id: 'toggle-mbi', label: 'Show or hide MBI', shortcut: alt('KeyM', 'M'), needsMember: true, run: ({ store }) => void store.getState().toggleMbi() },
  {
    id: 'refresh-member',
    label: 'Refresh member',
    shortcut: alt('KeyR', 'R'),
    needsMember: true,
    run: ({ store }) => {
      const memberId = store.getState().memberView?.member.memberId;
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
  { id: 'take-payment', label: 'Take a payment', shortcut: alt('KeyP', 'P'), needsMember: true, run: ({ openDialog }) => openDialog('take-payment') },
  { id: 'add-payment-method', label: 'Add a payment method', shortcut: alt('KeyY', 'Y'), needsMember: true, run: ({ openDialog }) => openDialog('add-payment-method') },
  { id: 'autopay', label: 'Set up or stop autopay', shortcut: alt('KeyU', 'U'), needsMember: true, run: ({ openDialog }) => openDialog('autopay') },
  { id: 'resolve-overpayment', label: 'Resolve an overpayment', shortcut: alt('KeyG', 'G'), needsMember: true, run: ({ openDialog }) => openDialog('resolve-overpayment') },
  { id: 'verify-caller', label: 'Verify the caller', shortcut: alt('KeyV', 'V'), needsMember: false, run: () => submitForm('verification') },
  { id: 'call-notes', label: 'Go to the call notes', shortcut: alt('KeyN', 'N'), needsMember: false, run: () => focusTarget('notes') },
  { id: 'finish-wrap-up', label: 'Finish wrap-up', shortcut: alt('KeyW', 'W'), needsMember: false, run: () => submitForm('wrapUp') },
  { id: 'what-if', label: 'Open the what-if bill calculator', shortcut: alt('KeyC', 'C'), needsMember: false, run: ({ openDialog }) => openDialog('what-if') },
  { id: 'go-recent', label: 'Go to recent lookups', shortcut: alt('KeyL', 'L'), needsMember: false, run: () => focusTarget('recent') },
  {
    id: 'open-palette',
    label: 'Open command palette',
    shortcut: { kind: 'chord', modifier: 'primary', code: 'KeyK', label: 'Ctrl+K', aria: 'Control+K Meta+K' },
    needsMember: false,
    run: ({ openDialog }) => openDialog('palette'),
  },
  ...CALL_COMMANDS.map((spec): Command => ({
    id: spec.id,
    label: spec.label,
    shortcut: alt(`Key${spec.letter}`, spec.letter),
    needsMember: false,
    worksInDialogs: spec.worksInDialogs,
    run: ({ store }) => spec.run(store),
  })),
  // Team leads' screens: Alt+Shift+A is the approvals queue, not Alt+A (answer): Shift must match.
  ...LEAD_COMMANDS,
  // No shortcut: pairing is rare, and a stray key must not put a code on screen.
  { id: 'pair-softphone', label: 'Pair a softphone', shortcut: null, needsMember: false, run: ({ openDialog }) => openDialog('pair-softphone') },
  { id: 'show-shortcuts', label: 'Show keyboard shortcuts', shortcut: printable('?', 'Shift+?'), needsMember: false, run: ({ openDialog }) => openDialog('shortcuts') },
  // No shortcut: rare, and IT asks for it by name ("open the palette, Export diagnostics").
  { id: 'export-diagnostics', label: 'Export diagnostics', shortcut: null, needsMember: false, run: ({ store }) => void store.getState().exportDiagnostics() },
  // Works in dialogs: a rep stepping away mid-flow locks it as it is, to finish after the unlock.
  {
    id: 'lock-console',
    label: 'Lock the console',
    shortcut: { kind: 'chord', modifier: 'primary', code: 'KeyL', label: 'Ctrl+L', aria: 'Control+L Meta+L' },
    needsMember: false,
    worksInDialogs: true,
    run: ({ store }) => void store.getState().lockConsole(),
  },
  // No shortcut: restarting is never one stray key away; main refuses it while a call is up.
  { id: 'install-update', label: 'Install update and restart', shortcut: null, needsMember: false, run: ({ store }) => void store.getState().installUpdate() },
  // No shortcut on purpose: signing out mid-call by a stray key would cost the rep the caller's record.
  { id: 'sign-out', label: 'Sign out', shortcut: null, needsMember: false, run: ({ store }) => void store.getState().signOut() },
];

/** Submits the interaction form at a focus target (verification, wrap-up), as its button would; nothing when it is not on screen. */
function submitForm(target: 'verification' | 'wrapUp'): void {
  const form = document.getElementById(FOCUS_TARGETS[target]);
  if (form instanceof HTMLFormElement) form.requestSubmit();
}

/** A command that needs a member is unavailable until one is open. */
export function isCommandAvailable(command: Command, hasOpenMember: boolean): boolean {
  return !command.needsMember || hasOpenMember;
}
