/**
 * Ctrl+K: every command in the keymap with its shortcut, filtered as the rep types.
 *
 * Combobox pattern with aria-activedescendant: focus stays in the input, Up/Down move the highlighted
 * option, Enter runs it. Commands that need an open member stay listed, marked unavailable.
 */
import { useId, useState, type KeyboardEvent } from 'react';
import { Dialog } from '../ui/dialog';
import type { Command } from './keymap';

/** The commands to offer, which are runnable now, and what to do on run or close. */
export interface CommandPaletteProps {
  readonly commands: readonly Command[];
  readonly isAvailable: (command: Command) => boolean;
  readonly onRun: (command: Command) => void;
  readonly onClose: () => void;
  /** Commands this user may not run (a rep: the team lead's): never listed; a query that names one gets `message`. */
  readonly restricted?: { readonly commands: readonly Command[]; readonly message: string };
}

function matches(command: Command, query: string): boolean {
  const haystack = `${command.label} ${command.shortcut?.label ?? ''}`.toLowerCase();
  return query.toLowerCase().split(/\s+/).every((word) => haystack.includes(word));
}

/** Renders the palette dialog. */
export function CommandPalette({ commands, isAvailable, onRun, onClose, restricted }: CommandPaletteProps) {
  const [query, setQuery] = useState('');
  const [highlighted, setHighlighted] = useState(0);
  const listId = useId();
  const shown = commands.filter((command) => matches(command, query.trim()));
  const activeIndex = Math.min(highlighted, shown.length - 1);
  const isRestricted = query.trim() !== '' && (restricted?.commands ?? []).some((command) => matches(command, query.trim()));
  const optionId = (index: number) => `${listId}-option-${index}`;

  function run(command: Command | undefined): void {
    if (command && isAvailable(command)) onRun(command);
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    const count = shown.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (count > 0) setHighlighted((activeIndex + (event.key === 'ArrowDown' ? 1 : count - 1)) % count);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      run(shown[activeIndex]);
    }
  }

  return (
    <Dialog title="Command palette" onClose={onClose} className="palette">
      <input
        className="palette-input"
        type="text"
        role="combobox"
        aria-label="Type a command"
        aria-expanded={shown.length > 0}
        aria-controls={shown.length > 0 ? listId : undefined}
        aria-autocomplete="list"
        aria-activedescendant={shown.length > 0 ? optionId(activeIndex) : undefined}
        placeholder="Type a command…"
        autoComplete="off"
        spellCheck={false}
        data-autofocus
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setHighlighted(0);
        }}
        onKeyDown={handleKeyDown}
      />
      {shown.length > 0 ? (
        <ul role="listbox" id={listId} aria-label="Commands" className="palette-list">
          {shown.map((command, index) => {
            const isUnavailable = !isAvailable(command);
            return (
              <li
                key={command.id}
                id={optionId(index)}
                role="option"
                aria-selected={index === activeIndex}
                aria-disabled={isUnavailable || undefined}
                className="palette-option"
                onMouseDown={(event) => event.preventDefault()}
                onMouseMove={() => setHighlighted(index)}
                onClick={() => run(command)}
              >
                <span className="palette-label">{command.label}</span>
                {isUnavailable ? <span className="palette-note">(needs an open member)</span> : null}
                {command.shortcut ? <kbd className="palette-keys">{command.shortcut.label}</kbd> : null}
              </li>
            );
          })}
        </ul>
      ) : isRestricted ? null : (
        <p role="status" className="palette-empty">
          No commands match “{query.trim()}”.
        </p>
      )}
      {isRestricted ? (
        <p role="status" className="palette-empty">
          {restricted?.message}
        </p>
      ) : null}
    </Dialog>
  );
}
