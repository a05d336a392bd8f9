/**
 * The backend client every service uses, wrapped so a 401 on a signed-in route gets one retry with the
 * session's current access token: refreshed first when the refused one was current (a provider session
 * near expiry, or the backend's clock ahead), or simply the newer one when a service still held an
 * earlier token of the same session (the CTI feed, the agent state reporter). A second 401 ends the
 * session as before. A 401 is answered before anything runs, so a change sent again with its key is safe.
 */
import { apiRoutes, type ApiRouteName } from '../../shared/api/routes';
import { AppFailure } from '../../shared/ipc/result';
import type { BackendClient } from '../backend/create-backend-client';
import type { SessionService } from './create-session-service';

/** Wraps `backend`; `session` is asked lazily (the two are built in a cycle). */
export function retryAfterRefresh(backend: BackendClient, session: () => Pick<SessionService, 'token' | 'renewAfterRefusal'>): BackendClient {
  async function call(route: ApiRouteName, options?: Record<string, unknown>): Promise<unknown> {
    const explicit = typeof options?.token === 'string' ? options.token : null;
    const used = explicit ?? session().token();
    const send = backend.call as (route: ApiRouteName, options?: Record<string, unknown>) => Promise<unknown>;
    try {
      return await send(route, options);
    } catch (error) {
      const isRefused = error instanceof AppFailure && error.code === 'NOT_SIGNED_IN';
      if (!isRefused || used === null || apiRoutes[route].roles.length === 0) throw error;
      const fresh = await session().renewAfterRefusal(used);
      if (fresh === null) throw error;
      return send(route, { ...options, token: fresh });
    }
  }
  return { baseUrl: backend.baseUrl, call: call as BackendClient['call'] };
}
