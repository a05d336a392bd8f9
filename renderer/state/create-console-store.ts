/** Builds the one console store from the feature slices, around a client so tests can pass a fake bridge. */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { RepConsoleClient } from '../api/rep-console-client';
import { createAuditSlice } from '../features/audit/audit-slice';
import { createCallsSlice } from '../features/calls/calls-slice';
import { createConnectionSlice } from '../features/connection/connection-slice';
import { createDialogSlice } from '../features/dialogs/dialog-slice';
import { createDiagnosticsSlice } from '../features/diagnostics/diagnostics-slice';
import { createDomainsSlice } from '../features/domains/domains-slice';
import { createInteractionSlice } from '../features/interaction/interaction-slice';
import { createLockSlice } from '../features/lock/lock-slice';
import { createLeadSlice } from '../features/lead/lead-slice';
import { createFloorSlice } from '../features/floor/floor-slice';
import { createMemberSlice } from '../features/member/member-slice';
import { createParticipationSlice } from '../features/participation/participation-slice';
import { createPaymentsSlice } from '../features/payments/payments-slice';
import { createProgramSlice } from '../features/program/program-slice';
import { createSoftphoneSlice } from '../features/softphone/softphone-slice';
import { createRecentSlice } from '../features/recent/recent-slice';
import { createSearchSlice } from '../features/search/search-slice';
import { createSessionSlice } from '../features/session/session-slice';
import { createUpdatesSlice } from '../features/updates/updates-slice';
import type { ConsoleState, SliceTools } from './console-state';
import { createPhiRegistry } from './create-phi-registry';

/** The store as components and commands see it. */
export type ConsoleStore = StoreApi<ConsoleState>;

/** One store per app instance (not a module singleton), so every test starts clean. */
export function createConsoleStore(client: RepConsoleClient): ConsoleStore {
  return createStore<ConsoleState>()((set, get) => {
    const phi = createPhiRegistry();
    const tools: SliceTools = { set, get, client, holdsPhi: phi.register };
    return {
      ...createSessionSlice(tools),
      ...createConnectionSlice(tools),
      ...createSearchSlice(tools),
      ...createRecentSlice(tools),
      ...createMemberSlice(tools),
      ...createDomainsSlice(tools),
      ...createDialogSlice(tools),
      ...createProgramSlice(tools),
      ...createParticipationSlice(tools),
      ...createPaymentsSlice(tools),
      ...createCallsSlice(tools),
      ...createSoftphoneSlice(tools),
      ...createInteractionSlice(tools),
      ...createUpdatesSlice(tools),
      ...createLockSlice(tools),
      ...createLeadSlice(tools),
      ...createFloorSlice(tools),
      ...createAuditSlice(tools),
      ...createDiagnosticsSlice(tools),
      resetPhi: () => set(phi.reset()),
    };
  });
}
