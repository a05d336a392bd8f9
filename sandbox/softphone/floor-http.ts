/**
 * The floor simulator's HTTP to the sandbox, the same requests real consoles and a real phone system
 * make: sign in, report the agent's state, save a finished call (with an Idempotency-Key), sign out,
 * and generic CTI events to the phone system's webhook.
 */
import { randomUUID } from 'node:crypto';
import { buildApiPath, SignInResponseSchema, apiRoutes } from '../../shared/api/routes';
import type { AgentStatus, InteractionRecord } from '../../shared/calls/interaction';

/** What the simulator asks of the backend; each rejects with a sentence on a non-2xx answer. */
export interface FloorHttp {
  signIn(agentId: string): Promise<string>;
  setState(token: string, status: AgentStatus): Promise<void>;
  saveInteraction(token: string, record: InteractionRecord): Promise<void>;
  signOut(token: string): Promise<void>;
  /** One generic CTI event (newCall, answer, hangup) from the simulated phone system. */
  cti(fields: Record<string, string>): Promise<void>;
}

/** Binds the requests to the sandbox's URL and the phone system's webhook token. */
export function createFloorHttp(backendUrl: string, ctiToken: string): FloorHttp {
  const base = backendUrl.replace(/\/+$/, '');
  async function send(route: { method: string; path: string }, options: { token?: string; body?: unknown; headers?: Record<string, string>; path?: string }): Promise<unknown> {
    const response = await fetch(`${base}${options.path ?? route.path}`, {
      method: route.method,
      headers: {
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...options.headers,
      },
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
    });
    const text = await response.text();
    if (!response.ok) {
      const code = /"code":"([A-Z_]+)"/.exec(text)?.[1] ?? 'UNKNOWN';
      throw new Error(`${route.method} ${route.path} answered ${response.status} ${code}`);
    }
    return text === '' ? null : (JSON.parse(text) as unknown);
  }
  return {
    signIn: async (agentId) => SignInResponseSchema.parse(await send(apiRoutes.createSession, { body: { username: agentId, password: 'sandbox' } })).token,
    setState: async (token, status) => void (await send(apiRoutes.setAgentState, { token, body: status })),
    saveInteraction: async (token, record) => void (await send(apiRoutes.saveInteraction, { token, body: record, headers: { 'idempotency-key': randomUUID() } })),
    signOut: async (token) => void (await send(apiRoutes.revokeSession, { token })),
    cti: async (fields) => void (await send(apiRoutes.ctiEvent, { body: fields, path: buildApiPath(apiRoutes.ctiEvent.path, { token: ctiToken }) })),
  };
}
