/**
 * The client's rules for the member a call is about (identifiers to match, disposition codes), looked
 * up once per rep and client and kept, so views can be built without waiting on the backend.
 */
import type { Client } from '../../shared/domain/client';
import type { ClientRules } from '../../shared/domain/client-rules';
import type { BackendClient } from '../backend/create-backend-client';
import type { SessionService } from '../session/create-session-service';

export interface ClientRulesSource {
  /** The member's client, from the member ID's prefix; null when no client of this rep has it. */
  clientOf(memberId: string): Promise<Client | null>;
  /** Fetches (once per rep) and keeps the client's rules. */
  load(clientId: string): Promise<ClientRules>;
  /** The rules already fetched, or null. */
  cached(clientId: string): ClientRules | null;
}

/** Creates the source over the backend and the session (rules are kept per signed-in rep). */
export function createClientRulesSource(deps: { backend: () => BackendClient; session: SessionService }): ClientRulesSource {
  const loaded = new Map<string, ClientRules>();
  const loading = new Map<string, Promise<ClientRules>>();
  const keyOf = (clientId: string) => `${deps.session.current()?.user.id ?? ''}\u0000${clientId}`;

  return {
    async clientOf(memberId) {
      const clients = await deps.session.clients();
      return clients.find((client) => memberId.startsWith(client.memberIdPrefix)) ?? null;
    },
    load(clientId) {
      const key = keyOf(clientId);
      const hit = loaded.get(key);
      if (hit) return Promise.resolve(hit);
      const running = loading.get(key);
      if (running) return running;
      const request = deps
        .backend()
        .call('getClientRules', { params: { clientId } })
        .then((rules) => {
          loaded.set(key, rules);
          return rules;
        })
        .finally(() => loading.delete(key));
      loading.set(key, request);
      return request;
    },
    cached: (clientId) => loaded.get(keyOf(clientId)) ?? null,
  };
}
