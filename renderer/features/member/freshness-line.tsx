/** Says where the member data came from and how old it is, so the rep never quotes a stale balance unknowingly. */
import type { MemberProfileView } from '../../../shared/ipc/views';
import { formatAge } from '../../ui/format-age';
import { formatDateTime } from '../../ui/format-date-time';

/** Main's view, a ticking clock, and whether main reported the refresh failed. */
export interface FreshnessLineProps {
  readonly view: MemberProfileView;
  readonly now: number;
  /** Main reported the background refresh failed, so it is no longer in progress. */
  readonly hasRefreshFailed: boolean;
}

/** Renders the freshness sentence. */
export function FreshnessLine({ view, now, hasRefreshFailed }: FreshnessLineProps) {
  if (view.source === 'backend') {
    return <p className="freshness freshness-live">Live from the payer backend, {formatDateTime(view.fetchedAt, 'time')}</p>;
  }
  const isRefreshing = view.isRefreshing && !hasRefreshFailed;
  return (
    <p className="freshness freshness-cache">
      From cache, fetched {formatAge(view.fetchedAt, now)}
      {isRefreshing ? ' · Refreshing…' : ''}
    </p>
  );
}
