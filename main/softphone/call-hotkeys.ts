/**
 * The call controls the Electron host may register as global hotkeys (policy
 * `softphone.allowGlobalHotkeys`), so a rep can answer or hang up while another window has focus.
 * Off by default: a global key is taken from every other app on the machine. The chords add Ctrl (or
 * Cmd) and Shift to the console's own Alt+A and Alt+X, so they clash with as little as possible.
 */
import type { CallAction } from './to-call-command';

/** One global hotkey: an Electron accelerator and the call control it runs. */
export interface CallHotkey {
  readonly accelerator: string;
  readonly action: CallAction;
}

const HOTKEYS: readonly CallHotkey[] = [
  { accelerator: 'CommandOrControl+Alt+Shift+A', action: 'answer' },
  { accelerator: 'CommandOrControl+Alt+Shift+X', action: 'hang_up' },
];

/** The hotkeys to register: none unless the policy allows them. */
export function callHotkeys(isAllowed: boolean): readonly CallHotkey[] {
  return isAllowed ? HOTKEYS : [];
}
