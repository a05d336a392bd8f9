/**
 * Search results as a listbox with a roving tabindex: the active option is the one tab stop and holds
 * real focus, Up/Down/Home/End move it, Enter opens the member, Escape goes back to the search field.
 */
import type { KeyboardEvent, Ref } from 'react';
import type { SearchResult } from '../../../shared/ipc/views';
import { maskMbi } from '../../../shared/lib/mbi';
import { brandStyle } from '../../ui/brand-style';
import { DateText } from '../../ui/date-text';
import { formatMemberName } from '../member/format-member-name';
import { ParticipationStatusBadge } from '../member/participation-status-badge';

/** Main's results plus the active option, owned by the parent so ArrowDown in the field can reach it. */
export interface SearchResultsProps {
  readonly results: readonly SearchResult[];
  readonly activeIndex: number;
  readonly onActiveIndexChange: (index: number) => void;
  readonly onOpen: (memberId: string) => void;
  readonly onEscape: () => void;
  readonly listRef: Ref<HTMLUListElement>;
}

function nextIndex(key: string, index: number, count: number): number | null {
  if (key === 'ArrowDown') return Math.min(index + 1, count - 1);
  if (key === 'ArrowUp') return Math.max(index - 1, 0);
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}

/** Renders the listbox. */
export function SearchResults({ results, activeIndex, onActiveIndexChange, onOpen, onEscape, listRef }: SearchResultsProps) {
  function handleKeyDown(event: KeyboardEvent<HTMLLIElement>, index: number, memberId: string): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      onOpen(memberId);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onEscape();
    } else {
      const next = nextIndex(event.key, index, results.length);
      if (next === null) return;
      event.preventDefault();
      onActiveIndexChange(next);
      const option = event.currentTarget.parentElement?.children[next];
      if (option instanceof HTMLElement) {
        option.focus();
        option.scrollIntoView?.({ block: 'nearest' });
      }
    }
  }

  return (
    <ul ref={listRef} role="listbox" aria-label="Search results" className="result-list">
      {results.map(({ summary, client }, index) => (
        <li
          key={summary.memberId}
          role="option"
          aria-selected={index === activeIndex}
          tabIndex={index === activeIndex ? 0 : -1}
          className="result-option"
          style={brandStyle(client.brandColor)}
          onClick={() => {
            onActiveIndexChange(index);
            onOpen(summary.memberId);
          }}
          onKeyDown={(event) => handleKeyDown(event, index, summary.memberId)}
        >
          <span className="result-name">{formatMemberName(summary, 'list')}</span>
          <ParticipationStatusBadge status={summary.participationStatus} />
          <span className="result-meta">
            DOB <DateText iso={summary.dateOfBirth} /> · MBI <span className="mono">{maskMbi(summary.mbi)}</span> · {client.shortName}
          </span>
        </li>
      ))}
    </ul>
  );
}
