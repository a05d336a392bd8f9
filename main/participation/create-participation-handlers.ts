/**
 * The participation area's handlers: the three changes through the write path, and the rules and
 * program settings the screens need to offer only what the backend will accept.
 */
import type { ClientRules, ProgramSettings } from '../../shared/domain/client-rules';
import type { BackendClient } from '../backend/create-backend-client';
import type { InvokeHandlers } from '../ipc/handlers';
import type { ChangeRunner } from '../operations/create-change-runner';
import type { SessionService } from '../session/create-session-service';

type ParticipationHandlers = Pick<
  InvokeHandlers,
  'participation:opt-in' | 'participation:opt-out' | 'participation:change-effective-date' | 'operations:abandon' | 'program:get-settings' | 'clients:get-rules'
>;

/** Rules change rarely; a rep's screens ask for them on every member, so they are kept per session for a while. */
const RULES_FRESH_MS = 10 * 60 * 1000;

/** Builds the handlers over the runner, the backend and the session. */
export function createParticipationHandlers(deps: { runner: ChangeRunner; backend: () => BackendClient; session: SessionService }): ParticipationHandlers {
  const memo = new Map<string, { at: number; value: Promise<unknown> }>();
  function remember<T>(name: string, load: () => Promise<T>): Promise<T> {
    const key = `${deps.session.requireRepId()}\u0000${name}`;
    const hit = memo.get(key);
    if (hit && Date.now() - hit.at < RULES_FRESH_MS) return hit.value as Promise<T>;
    const value = load().catch((error: unknown) => {
      memo.delete(key);
      throw error;
    });
    memo.set(key, { at: Date.now(), value });
    return value;
  }

  return {
    'participation:opt-in': (input) => deps.runner.run('opt-in', input),
    'participation:opt-out': (input) => deps.runner.run('opt-out', input),
    'participation:change-effective-date': (input) => deps.runner.run('change-effective-date', input),
    'operations:abandon': async ({ actionId }) => {
      deps.runner.abandon(actionId);
      return null;
    },
    'program:get-settings': () => remember<ProgramSettings>('program', () => deps.backend().call('getProgramSettings')),
    'clients:get-rules': ({ clientId }) => remember<ClientRules>(`rules:${clientId}`, () => deps.backend().call('getClientRules', { params: { clientId } })),
  };
}
