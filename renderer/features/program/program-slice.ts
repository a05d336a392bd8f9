/**
 * Program settings (thresholds per plan year) and each client's rules, as main served them. Neither
 * is PHI and neither changes during a call, so each is asked for once and kept.
 */
import type { ClientRules, ProgramSettings } from '../../../shared/domain/client-rules';
import type { SliceTools } from '../../state/console-state';
import { describeFailure } from '../../state/describe-failure';

/** What main said, or why it could not say it; the loaders are safe to call again after a failure. */
export interface ProgramSlice {
  readonly programSettings: ProgramSettings | null;
  readonly programSettingsError: string | null;
  readonly clientRules: Readonly<Record<string, ClientRules>>;
  readonly clientRulesErrors: Readonly<Record<string, string>>;
  loadProgramSettings(): Promise<void>;
  loadClientRules(clientId: string): Promise<void>;
}

/** Builds the program slice; a second call while one is in flight shares it. */
export function createProgramSlice(tools: SliceTools): ProgramSlice {
  const { set, get, client } = tools;
  let settingsInFlight: Promise<void> | null = null;
  const rulesInFlight = new Map<string, Promise<void>>();

  async function fetchSettings(): Promise<void> {
    try {
      set({ programSettings: await client.getProgramSettings(), programSettingsError: null });
    } catch (error: unknown) {
      set({ programSettingsError: describeFailure(error, tools) });
    } finally {
      settingsInFlight = null;
    }
  }

  async function fetchRules(clientId: string): Promise<void> {
    try {
      const rules = await client.getClientRules({ clientId });
      const { [clientId]: _fixed, ...otherErrors } = get().clientRulesErrors;
      set({ clientRules: { ...get().clientRules, [clientId]: rules }, clientRulesErrors: otherErrors });
    } catch (error: unknown) {
      set({ clientRulesErrors: { ...get().clientRulesErrors, [clientId]: describeFailure(error, tools) } });
    } finally {
      rulesInFlight.delete(clientId);
    }
  }

  return {
    programSettings: null,
    programSettingsError: null,
    clientRules: {},
    clientRulesErrors: {},
    loadProgramSettings() {
      if (get().programSettings) return Promise.resolve();
      settingsInFlight ??= fetchSettings();
      return settingsInFlight;
    },
    loadClientRules(clientId) {
      if (get().clientRules[clientId]) return Promise.resolve();
      const running = rulesInFlight.get(clientId) ?? fetchRules(clientId);
      rulesInFlight.set(clientId, running);
      return running;
    },
  };
}
