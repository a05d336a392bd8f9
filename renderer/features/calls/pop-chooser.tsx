/**
 * Several members share the caller's number: a listbox in the call bar (not a modal, so it never traps
 * the rep) with each candidate's name, date of birth, client and town. Roving tabindex as in the
 * search results: the active option is the one tab stop, ↑ ↓ Home End move, Enter or Space opens.
 */
import { useState, type KeyboardEvent } from 'react';
import type { SearchResult } from '../../../shared/ipc/views';
import { DateText } from '../../ui/date-text';
import { formatMemberName } from '../member/format-member-name';

/** The element id the pop handler focuses. */
export const CALL_CHOOSER_ID = 'call-pop-chooser';

/** Main's candidates, the one the rep already opened (if any), and what to do on a choice. */
export interface PopChooserProps {
  readonly candidates: readonly SearchResult[];
  readonly chosenMemberId: string | null;
  readonly onChoose: (memberId: string) => void;
}

function nextIndex(key: string, index: number, count: number): number | null {
  if (key === 'ArrowDown') return Math.min(index + 1, count - 1);
  if (key === 'ArrowUp') return Math.max(index - 1, 0);
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}

/** Renders the chooser. */
export function PopChooser({ candidates, chosenMemberId, onChoose }: PopChooserProps) {
  const chosenIndex = candidates.findIndex((candidate) => candidate.summary.memberId === chosenMemberId);
  const [activeIndex, setActiveIndex] = useState(Math.max(chosenIndex, 0));

  function handleKeyDown(event: KeyboardEvent<HTMLLIElement>, index: number, memberId: string): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onChoose(memberId);
      return;
    }
    const next = nextIndex(event.key, index, candidates.length);
    if (next === null) return;
    event.preventDefault();
    setActiveIndex(next);
    const option = event.currentTarget.parentElement?.children[next];
    if (option instanceof HTMLElement) option.focus();
  }

  return (
    <div className="call-chooser">
      <p className="call-chooser-intro" id={`${CALL_CHOOSER_ID}-label`}>
        {candidates.length} members have this number. Ask the caller's name and date of birth, then choose:
      </p>
      <ul id={CALL_CHOOSER_ID} role="listbox" aria-labelledby={`${CALL_CHOOSER_ID}-label`} className="call-chooser-list">
        {candidates.map(({ summary, client }, index) => {
          const isChosen = summary.memberId === chosenMemberId;
          return (
            <li
              key={summary.memberId}
              role="option"
              aria-selected={isChosen}
              tabIndex={index === activeIndex ? 0 : -1}
              className="call-chooser-option"
              onClick={() => {
                setActiveIndex(index);
                onChoose(summary.memberId);
              }}
              onKeyDown={(event) => handleKeyDown(event, index, summary.memberId)}
            >
              <span className="call-chooser-name">{formatMemberName(summary, 'list')}</span>
              <span className="call-chooser-meta">
                DOB <DateText iso={summary.dateOfBirth} /> · {client.shortName} · {summary.city}, {summary.state}
              </span>
              {isChosen ? <span className="badge badge-blue">Open</span> : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
