/**
 * Takes the console where main's screen pop says, once per call id, without ever taking focus (or the
 * text) from a field the rep is typing in.
 *
 * Rules, as a rep would want them:
 * - `member`: the record opens, focus stays where it is. Opening never moves focus, so a rep typing in
 *   the search box or in notes keeps typing while the caller's record appears. Only when opening would
 *   throw away what they are doing (a field inside the open member's view, which is replaced, or an
 *   open dialog, which closes with its member) does the banner offer "Open the caller's record".
 * - `choose`, `search`, `empty_search`: these put the caller's candidates or the number in front of the
 *   rep and move focus there, so the next key acts on them. That changes what the rep is looking at,
 *   so while they are typing anywhere or have a dialog open the banner only offers it.
 * - The previous caller's record and results leave the screen when the console goes to a search or a
 *   chooser: a rep must not read one caller another's account.
 */
import { flushSync } from 'react-dom';
import type { CallPopped, PopTarget } from '../../../shared/calls/call-views';
import { FOCUS_TARGETS, focusTarget } from '../../app/focus-targets';
import { isTextEntry } from '../../app/is-text-entry';
import type { ConsoleStore } from '../../state/create-console-store';
import { CALL_CHOOSER_ID } from './pop-chooser';

interface FocusSituation {
  readonly isTyping: boolean;
  readonly isTypingInMember: boolean;
  readonly isDialogOpen: boolean;
}

function readFocusSituation(): FocusSituation {
  const active = document.activeElement;
  // The empty search box has focus whenever the console is idle: the rep is not typing there yet.
  const isIdleSearch = active instanceof HTMLInputElement && active.id === FOCUS_TARGETS.search && active.value === '';
  const isTyping = isTextEntry(active) && !isIdleSearch;
  return {
    isTyping,
    isTypingInMember: isTyping && active?.closest(`#${FOCUS_TARGETS.main}`) != null,
    isDialogOpen: document.querySelector('[role="dialog"], [role="alertdialog"]') !== null,
  };
}

function shouldDefer(target: PopTarget, situation: FocusSituation): boolean {
  if (situation.isDialogOpen) return true;
  return target.kind === 'member' ? situation.isTypingInMember : situation.isTyping;
}

/** Focuses the chooser's current option (the roving tab stop). */
export function focusCallChooser(): boolean {
  const option = document.getElementById(CALL_CHOOSER_ID)?.querySelector<HTMLElement>('[role="option"][tabindex="0"]');
  option?.focus();
  return option != null && document.activeElement === option;
}

/** Goes where the pop says: called for a fresh pop, or when the rep takes up an offer from the banner. */
export function actOnScreenPop(store: ConsoleStore, target: PopTarget): void {
  const state = store.getState();
  if (target.kind === 'member') {
    void state.openMember(target.memberId);
    return;
  }
  flushSync(() => {
    state.closeMember();
    state.clearSearch();
    if (target.kind !== 'choose') state.requestSearch(target.kind === 'search' ? target.query : '');
  });
  if (target.kind === 'choose') focusCallChooser();
  else focusTarget('search', { select: true });
}

/** Handles one calls:popped event: a replay, a pop for a call already over, or a signed-out console does nothing. */
export function handleScreenPop(store: ConsoleStore, pop: CallPopped): void {
  if (!store.getState().session) return;
  const isDeferred = shouldDefer(pop.target, readFocusSituation());
  let isNew = false;
  // Rendered at once, so the chooser and the filled-in search exist before focus goes to them.
  flushSync(() => {
    isNew = store.getState().acceptCallPop(pop, isDeferred);
  });
  if (isNew && !isDeferred) actOnScreenPop(store, pop.target);
}
