/**
 * Member lookups: search goes to the backend; opening a member answers from the local cache first and
 * revalidates in the background (stale-while-revalidate), so a repeat caller's record is on screen
 * before the backend has answered, and stays readable when it cannot answer at all.
 */
import type { MemberProfile } from '../../shared/domain/member-profile';
import type { MemberSearchQuery } from '../../shared/domain/member-search';
import { AppFailure } from '../../shared/ipc/result';
import { shapeMemberView, type MemberViewMeta } from '../../shared/ipc/shape-member-view';
import type { MemberProfileView, RecentLookup, RecentMember, SearchResult } from '../../shared/ipc/views';
import { maskMbi } from '../../shared/lib/mbi';
import type { BackendClient } from '../backend/create-backend-client';
import type { EventBus } from '../events/create-event-bus';
import type { SessionService } from '../session/create-session-service';

/** The part of the member cache this service needs (see main/cache/member-cache.ts). */
export interface MemberCachePort {
  put(repId: string, profile: MemberProfile, fetchedAt: Date): void;
  get(repId: string, memberId: string): { profile: MemberProfile; fetchedAt: Date } | null;
  listRecent(repId: string, limit?: number): RecentMember[];
}

export interface MemberService {
  search(query: MemberSearchQuery): Promise<SearchResult[]>;
  /** Cache first; `forceRefresh` revalidates even a copy younger than `freshForSeconds`. */
  open(memberId: string, options?: { forceRefresh?: boolean }): Promise<MemberProfileView>;
  /** Names only (no date of birth or MBI): the list shows whoever is calling. */
  listRecent(): RecentLookup[];
}

export function createMemberService(deps: {
  backend: () => BackendClient;
  cache: MemberCachePort;
  session: SessionService;
  events: EventBus;
  /** A cached copy younger than this is shown without a background refresh. */
  freshForSeconds: number;
  /** Shapes every view by what the caller on the line may hear (ADR 10); default: the whole record. */
  present?: (profile: MemberProfile, meta: MemberViewMeta) => MemberProfileView;
  now?: () => Date;
}): MemberService {
  const now = deps.now ?? (() => new Date());
  const present = deps.present ?? ((profile: MemberProfile, meta: MemberViewMeta) => shapeMemberView(profile, 'full', meta));
  const inFlight = new Map<string, Promise<MemberProfileView>>();

  async function fetchAndStore(repId: string, memberId: string): Promise<MemberProfileView> {
    const key = `${repId}\u0000${memberId}`;
    const pending = inFlight.get(key);
    if (pending) return pending;
    const during = deps.session.current();
    const request = deps
      .backend()
      .call('getMemberProfile', { params: { memberId } })
      .then((profile) => {
        const fetchedAt = now();
        deps.cache.put(repId, profile, fetchedAt);
        return present(profile, { source: 'backend', fetchedAt: fetchedAt.toISOString(), isRefreshing: false });
      })
      .catch((error: unknown) => {
        deps.session.handleFailure(error, during);
        throw error;
      })
      .finally(() => inFlight.delete(key));
    inFlight.set(key, request);
    return request;
  }

  function refreshInBackground(repId: string, memberId: string): void {
    fetchAndStore(repId, memberId).then(
      (view) => deps.events.emit('members:profile-refreshed', view),
      (error: unknown) => {
        const message = error instanceof AppFailure ? error.message : 'Could not refresh this member.';
        deps.events.emit('members:refresh-failed', { memberId, message: `Showing the cached copy. ${message}` });
      },
    );
  }

  return {
    async search(query) {
      const during = deps.session.current();
      const { members } = await deps
        .backend()
        .call('searchMembers', { body: query })
        .catch((error: unknown) => {
          deps.session.handleFailure(error, during);
          if (error instanceof AppFailure && error.code === 'BACKEND_UNREACHABLE') {
            throw new AppFailure(error.code, `${error.message} Search needs the backend; recent lookups still open from the cache.`);
          }
          throw error;
        });
      const clients = new Map((await deps.session.clients()).map((c) => [c.id, c]));
      return members.flatMap((summary) => {
        const client = clients.get(summary.clientId);
        // Masked like every view (ADR 10): the whole MBI reaches a screen only through the audited reveal.
        return client ? [{ summary: { ...summary, mbi: maskMbi(summary.mbi) }, client }] : [];
      });
    },

    async open(memberId, options = {}) {
      const repId = deps.session.requireRepId();
      const cached = deps.cache.get(repId, memberId);
      if (!cached) {
        return fetchAndStore(repId, memberId).catch((error: unknown) => {
          if (error instanceof AppFailure && (error.code === 'BACKEND_UNREACHABLE' || error.code === 'BACKEND_TIMEOUT')) {
            throw new AppFailure('OFFLINE_NOT_CACHED', `${error.message} This member is not in your recent lookups, so there is no cached copy to show.`);
          }
          throw error;
        });
      }
      const ageSeconds = (now().getTime() - cached.fetchedAt.getTime()) / 1000;
      const isRefreshing = options.forceRefresh === true || ageSeconds >= deps.freshForSeconds;
      if (isRefreshing) refreshInBackground(repId, memberId);
      return present(cached.profile, { source: 'cache', fetchedAt: cached.fetchedAt.toISOString(), isRefreshing });
    },

    listRecent() {
      return deps.cache.listRecent(deps.session.requireRepId()).map(({ summary: { memberId, clientId, firstName, lastName }, client, fetchedAt, lastOpenedAt }) => ({
        member: { memberId, clientId, firstName, lastName },
        client,
        fetchedAt,
        lastOpenedAt,
      }));
    },
  };
}
