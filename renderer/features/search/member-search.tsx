/**
 * One search field for any key a caller gives. The hint says live which key it reads; Enter either
 * explains what is wrong (an alert tied to the field, never an empty list) or asks main to search.
 */
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { parseMemberSearchText } from '../../../shared/domain/member-search';
import { FOCUS_TARGETS, focusTarget } from '../../app/focus-targets';
import { useConsoleStore } from '../../state/use-console-store';
import { useSearchPrefill } from '../calls/use-search-prefill';
import { describeSearchHint } from './describe-search-hint';
import { SearchResults } from './search-results';

function describeOutcome(isSearching: boolean, count: number | null): string {
  if (isSearching) return 'Searching…';
  if (count === null) return '';
  if (count === 0) return 'No members match that search.';
  return count === 1 ? '1 member found.' : `${count} members found.`;
}

/** Renders the field, hint, messages and results. */
export function MemberSearch() {
  const [text, setText] = useState('');
  const [invalidMessage, setInvalidMessage] = useState<string | null>(null);
  const [activeIndex, setActiveIndex] = useState(0);
  const listRef = useRef<HTMLUListElement>(null);
  const hintId = useId();
  const errorId = useId();
  const results = useConsoleStore((state) => state.searchResults);
  const searchError = useConsoleStore((state) => state.searchError);
  const isSearching = useConsoleStore((state) => state.isSearching);
  const searchMembers = useConsoleStore((state) => state.searchMembers);
  const clearSearch = useConsoleStore((state) => state.clearSearch);
  const openMember = useConsoleStore((state) => state.openMember);
  const parsed = useMemo(() => parseMemberSearchText(text), [text]);
  // A screen pop with no single member fills the field with the caller's number (or empties it).
  useSearchPrefill((prefilled) => {
    setText(prefilled);
    setInvalidMessage(null);
  });

  function submit(): void {
    if (!parsed.ok) {
      setInvalidMessage(parsed.message);
      clearSearch();
      return;
    }
    setInvalidMessage(null);
    setActiveIndex(0);
    void searchMembers(parsed.query);
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    if (event.key === 'Enter') {
      event.preventDefault();
      submit();
    } else if (event.key === 'ArrowDown' && results && results.length > 0) {
      event.preventDefault();
      listRef.current?.querySelector<HTMLElement>('[role="option"][tabindex="0"]')?.focus();
    }
  }

  return (
    <div className="member-search">
      <label htmlFor={FOCUS_TARGETS.search} className="field-label">
        Find a member
      </label>
      <input
        id={FOCUS_TARGETS.search}
        type="search"
        className="search-input"
        value={text}
        placeholder="MBI, member ID, phone, or name + DOB"
        autoComplete="off"
        spellCheck={false}
        aria-keyshortcuts="/"
        aria-invalid={invalidMessage ? true : undefined}
        aria-describedby={invalidMessage ? `${errorId} ${hintId}` : hintId}
        onChange={(event) => {
          setText(event.target.value);
          setInvalidMessage(null);
        }}
        onKeyDown={handleKeyDown}
      />
      <p id={hintId} className="search-hint" aria-live="polite">
        {describeSearchHint(text, parsed)}
      </p>
      {invalidMessage ? (
        <p id={errorId} role="alert" className="field-error">
          {invalidMessage}
        </p>
      ) : null}
      {searchError ? (
        <p role="alert" className="field-error">
          {searchError}
        </p>
      ) : null}
      <p role="status" className="search-status">
        {describeOutcome(isSearching, results?.length ?? null)}
      </p>
      {results && results.length > 0 ? (
        <SearchResults
          results={results}
          activeIndex={Math.min(activeIndex, results.length - 1)}
          onActiveIndexChange={setActiveIndex}
          onOpen={(memberId) => void openMember(memberId)}
          onEscape={() => focusTarget('search')}
          listRef={listRef}
        />
      ) : null}
    </div>
  );
}
