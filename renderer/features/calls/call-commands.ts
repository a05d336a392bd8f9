/**
 * The call shortcuts, for the keymap: answer, hold, mute, transfer, hang up and the rep's own state.
 * Each checks the call's phase first and says, in the bar, why it did nothing.
 */
import { flushSync } from 'react-dom';
import type { ConsoleStore } from '../../state/create-console-store';
import { toggleAgentState } from './toggle-agent-state';
import { TRANSFER_TARGET_ID } from './transfer-form';

/** A call shortcut's id, label, key and action; the keymap turns them into commands. */
export interface CallCommandSpec {
  readonly id: string;
  readonly label: string;
  readonly letter: string;
  /** Also while a dialog is open: the phone does not wait for a form to close. */
  readonly worksInDialogs: boolean;
  run(store: ConsoleStore): void;
}

function liveCall(store: ConsoleStore) {
  const call = store.getState().callsState?.call ?? null;
  return call && call.phase !== 'ended' ? call : null;
}

function answer(store: ConsoleStore): void {
  const call = liveCall(store);
  if (call?.phase === 'ringing') void store.getState().runCallCommand('answer');
  else store.getState().showCallNotice(call ? 'The call is already answered.' : 'No call is ringing.');
}

function holdOrResume(store: ConsoleStore): void {
  const call = liveCall(store);
  if (!call || call.phase === 'ringing') store.getState().showCallNotice(call ? 'Answer the call before holding it.' : 'There is no call in progress.');
  else void store.getState().runCallCommand(call.phase === 'held' ? 'resume' : 'hold');
}

function muteOrUnmute(store: ConsoleStore): void {
  const call = liveCall(store);
  if (!call || call.phase === 'ringing') store.getState().showCallNotice(call ? 'Answer the call before muting it.' : 'There is no call in progress.');
  else void store.getState().runCallCommand(call.isMuted ? 'unmute' : 'mute');
}

function openTransfer(store: ConsoleStore): void {
  const call = liveCall(store);
  if (!call || call.phase === 'ringing') store.getState().showCallNotice(call ? 'Answer the call before transferring it.' : 'There is no call in progress.');
  else if (!call.canControl) void store.getState().runCallCommand('transfer');
  // Rendered at once, so the form's field has focus before the next key.
  else {
    flushSync(() => store.getState().setTransferOpen(true));
    document.getElementById(TRANSFER_TARGET_ID)?.focus();
  }
}

function hangUp(store: ConsoleStore): void {
  if (liveCall(store)) void store.getState().runCallCommand('hang_up');
  else store.getState().showCallNotice('There is no call in progress.');
}

/** In the order the palette and the shortcut sheet list them. */
export const CALL_COMMANDS: readonly CallCommandSpec[] = [
  { id: 'call-answer', label: 'Answer the call', letter: 'A', worksInDialogs: true, run: answer },
  { id: 'call-hold', label: 'Hold or resume the call', letter: 'H', worksInDialogs: true, run: holdOrResume },
  { id: 'call-mute', label: 'Mute or unmute the microphone', letter: 'K', worksInDialogs: true, run: muteOrUnmute },
  { id: 'call-transfer', label: 'Transfer the call', letter: 'T', worksInDialogs: false, run: openTransfer },
  { id: 'call-hang-up', label: 'Hang up', letter: 'X', worksInDialogs: true, run: hangUp },
  { id: 'agent-state', label: 'Take a break or become available', letter: 'Q', worksInDialogs: false, run: toggleAgentState },
];
