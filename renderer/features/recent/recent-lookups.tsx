/** Recent lookups: one keystroke back to a repeat caller, opened instantly from main's cache. */
import { useId, type KeyboardEvent } from 'react';
import { FOCUS_TARGETS } from '../../app/focus-targets';
import { useConsoleStore } from '../../state/use-console-store';
import { useNow } from '../clock/use-now';
import { formatAge } from '../../ui/format-age';
import { brandStyle } from '../../ui/brand-style';
import { formatMemberName } from '../member/format-member-name';

/** Up/Down/Home/End move between the buttons, so the list is quick to walk without tabbing through it. */
function moveFocus(event: KeyboardEvent<HTMLUListElement>): void {
  const buttons = Array.from(event.currentTarget.querySelectorAll('button'));
  const index = buttons.findIndex((button) => button === document.activeElement);
  const targets: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: buttons.length - 1 };
  const next = targets[event.key];
  if (next === undefined || index < 0 || event.altKey || event.ctrlKey || event.metaKey) return;
  event.preventDefault();
  buttons[Math.max(0, Math.min(next, buttons.length - 1))]?.focus();
}

/** Renders the heading and the list of recent members. */
export function RecentLookups() {
  const headingId = useId();
  const recent = useConsoleStore((state) => state.recentMembers);
  const recentError = useConsoleStore((state) => state.recentError);
  const openMember = useConsoleStore((state) => state.openMember);
  const now = useNow();

  return (
    <section id={FOCUS_TARGETS.recent} className="recent" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-title" tabIndex={-1}>
        Recent lookups
      </h2>
      {recentError ? (
        <p role="alert" className="field-error">
          {recentError}
        </p>
      ) : null}
      {recent === null && !recentError ? <p className="muted">Loading…</p> : null}
      {recent?.length === 0 ? <p className="muted">No recent lookups yet.</p> : null}
      {recent && recent.length > 0 ? (
        <ul aria-labelledby={headingId} className="recent-list" onKeyDown={moveFocus}>
          {recent.map(({ member, client, fetchedAt }) => (
            <li key={member.memberId}>
              <button type="button" className="recent-item" style={brandStyle(client.brandColor)} onClick={() => void openMember(member.memberId)}>
                <span className="recent-name">{formatMemberName(member, 'list')}</span>
                <span className="recent-meta">
                  {client.shortName} · cached {formatAge(fetchedAt, now)}
                </span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
