/**
 * The ARIA tabs pattern (automatic activation): one tab stop for the tablist, arrows/Home/End move and
 * select, and one focusable panel labelled by the selected tab.
 *
 * A single panel element is reused for every tab, so a shortcut can focus it before React re-renders
 * and every tab's aria-controls always points at an element that exists.
 */
import { useRef, type KeyboardEvent, type ReactNode } from 'react';

/** One tab: its id, visible name, and the shortcut announced for it. */
export interface TabItem<Id extends string> {
  readonly id: Id;
  readonly label: string;
  /** aria-keyshortcuts value, e.g. "Alt+3"; shown by the shortcut sheet, not in the tab's name. */
  readonly keyShortcut?: string;
}

/** Everything the tabs need from the caller; the selection is owned outside so shortcuts can change it. */
export interface TabsProps<Id extends string> {
  readonly label: string;
  readonly tabs: readonly TabItem<Id>[];
  readonly selectedId: Id;
  readonly onSelect: (id: Id) => void;
  readonly panelId: string;
  readonly children: ReactNode;
}

const MOVES: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_i, n) => n - 1,
};

/** Renders the tablist and the one shared panel. */
export function Tabs<Id extends string>({ label, tabs, selectedId, onSelect, panelId, children }: TabsProps<Id>) {
  const tabRefs = useRef(new Map<Id, HTMLButtonElement>());
  const tabId = (id: Id) => `${panelId}-tab-${id}`;

  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    const move = MOVES[event.key];
    if (!move || event.altKey || event.ctrlKey || event.metaKey) return;
    const index = Math.max(0, tabs.findIndex((tab) => tab.id === selectedId));
    const next = tabs[move(index, tabs.length)];
    if (!next) return;
    event.preventDefault();
    onSelect(next.id);
    tabRefs.current.get(next.id)?.focus();
  }

  return (
    <div className="tabs">
      <div role="tablist" aria-label={label} className="tablist" onKeyDown={handleKeyDown}>
        {tabs.map((tab) => {
          const isSelected = tab.id === selectedId;
          return (
            <button
              key={tab.id}
              ref={(element) => {
                if (element) tabRefs.current.set(tab.id, element);
                else tabRefs.current.delete(tab.id);
              }}
              type="button"
              role="tab"
              id={tabId(tab.id)}
              className="tab"
              aria-selected={isSelected}
              aria-controls={panelId}
              aria-keyshortcuts={tab.keyShortcut}
              tabIndex={isSelected ? 0 : -1}
              onClick={() => onSelect(tab.id)}
            >
              {tab.label}
            </button>
          );
        })}
      </div>
      <div role="tabpanel" id={panelId} className="tab-panel" aria-labelledby={tabId(selectedId)} tabIndex={0}>
        {children}
      </div>
    </div>
  );
}
