/** The main column: the open member, or what to do when none is open, plus opening progress and errors. */
import { useConsoleStore } from '../../state/use-console-store';
import { MemberView } from './member-view';

/** Renders the contents of the main landmark. */
export function MemberArea() {
  const view = useConsoleStore((state) => state.memberView);
  const isOpening = useConsoleStore((state) => state.openingMemberId !== null);
  const memberError = useConsoleStore((state) => state.memberError);

  return (
    <>
      <p role="status" className="opening-status">
        {isOpening ? 'Opening member…' : ''}
      </p>
      {memberError ? (
        <p role="alert" className="alert-error">
          {memberError}
        </p>
      ) : null}
      {view ? (
        // Keyed by member: a draft, an open explanation or a back-date never carries over to the next caller.
        <MemberView key={view.member.memberId} view={view} />
      ) : (
        <div className="no-member">
          <h1>No member open</h1>
          <p>
            Find a member by MBI, member ID, phone number, or last name and date of birth, or pick one from your recent lookups.
            Press <kbd>/</kbd> to search, <kbd>Ctrl+K</kbd> for commands, <kbd>?</kbd> for all shortcuts.
          </p>
        </div>
      )}
    </>
  );
}
