/** `?`: every shortcut from the keymap, plus the keys that work inside lists and tabs. */
import { DataTable } from '../ui/data-table';
import { Dialog } from '../ui/dialog';
import type { Command } from './keymap';

/** The keymap to list and how to close. */
export interface ShortcutSheetProps {
  readonly commands: readonly Command[];
  readonly onClose: () => void;
}

interface KeyRow {
  readonly keys: string;
  readonly action: string;
}

const LIST_KEYS: readonly KeyRow[] = [
  { keys: '↓ in the search field', action: 'Move into the search results' },
  { keys: '↑ ↓ Home End', action: 'Move through search results, recent lookups and data domain tabs (← → for tabs)' },
  { keys: 'Enter', action: 'Search, or open the highlighted member' },
  { keys: 'Escape', action: 'Back to the search field from results; close a dialog (asks first when you typed something); cancel a back-date' },
  { keys: 'Enter in a form', action: 'Continue to the next step; Confirm commits the change; save a back-date' },
  { keys: 'Space', action: 'Choose the focused option (↑ ↓ move between options)' },
];

const COLUMNS = [
  { header: 'Keys', render: (row: KeyRow) => <kbd>{row.keys}</kbd> },
  { header: 'Action', render: (row: KeyRow) => row.action },
];

/** Renders the sheet in a modal dialog. */
export function ShortcutSheet({ commands, onClose }: ShortcutSheetProps) {
  const commandRows = commands.flatMap((command) => (command.shortcut ? [{ keys: command.shortcut.label, action: command.label }] : []));
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose} className="shortcut-sheet">
      <div className="sheet-body">
        <p className="muted">
          <kbd>/</kbd> and <kbd>?</kbd> work whenever the cursor is not in a text field; Alt and Ctrl shortcuts work everywhere.
        </p>
        <DataTable caption="Anywhere in the console" columns={COLUMNS} rows={commandRows} rowKey={(row) => row.keys} emptyText="No shortcuts." />
        <DataTable caption="In lists and tabs" columns={COLUMNS} rows={LIST_KEYS} rowKey={(row) => row.keys} emptyText="No shortcuts." />
      </div>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose} data-autofocus>
          Close
        </button>
      </div>
    </Dialog>
  );
}
