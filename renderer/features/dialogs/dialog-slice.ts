/**
 * Which console dialog is open: a view choice, kept in the store so a shortcut, the palette and a
 * panel button all open the same one, and sign-out closes it with the rest of the PHI.
 */
import type { SliceTools } from '../../state/console-state';

/** The console-level dialogs a command or a button can open. */
export type DialogKind = 'palette' | 'shortcuts' | 'opt-in' | 'opt-out' | 'what-if' | 'take-payment' | 'add-payment-method' | 'autopay' | 'resolve-overpayment' | 'pair-softphone';

/** An open dialog and the member it was opened for (null when none was open), so it never acts on another. */
export interface OpenDialog {
  readonly kind: DialogKind;
  readonly memberId: string | null;
}

/** The open dialog and the actions that open and close it. */
export interface DialogSlice {
  readonly dialog: OpenDialog | null;
  openDialog(kind: DialogKind): void;
  closeDialog(): void;
}

/** Builds the dialog slice; the open dialog names a member, so it is reset with the PHI. */
export function createDialogSlice({ set, get, holdsPhi }: SliceTools): DialogSlice {
  return {
    ...holdsPhi({ dialog: null }),
    openDialog(kind) {
      set({ dialog: { kind, memberId: get().memberView?.member.memberId ?? null } });
    },
    closeDialog() {
      set({ dialog: null });
    },
  };
}
