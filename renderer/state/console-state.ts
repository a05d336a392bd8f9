/** The shape of the one console store: each feature contributes a slice, so ownership stays visible. */
import type { StoreApi } from 'zustand/vanilla';
import type { RepConsoleClient } from '../api/rep-console-client';
import type { AuditSlice } from '../features/audit/audit-slice';
import type { CallsSlice } from '../features/calls/calls-slice';
import type { ConnectionSlice } from '../features/connection/connection-slice';
import type { DialogSlice } from '../features/dialogs/dialog-slice';
import type { DiagnosticsSlice } from '../features/diagnostics/diagnostics-slice';
import type { DomainsSlice } from '../features/domains/domains-slice';
import type { InteractionSlice } from '../features/interaction/interaction-slice';
import type { LockSlice } from '../features/lock/lock-slice';
import type { LeadSlice } from '../features/lead/lead-slice';
import type { FloorSlice } from '../features/floor/floor-slice';
import type { MemberSlice } from '../features/member/member-slice';
import type { ParticipationSlice } from '../features/participation/participation-slice';
import type { PaymentsSlice } from '../features/payments/payments-slice';
import type { ProgramSlice } from '../features/program/program-slice';
import type { SoftphoneSlice } from '../features/softphone/softphone-slice';
import type { RecentSlice } from '../features/recent/recent-slice';
import type { SearchSlice } from '../features/search/search-slice';
import type { SessionSlice } from '../features/session/session-slice';
import type { UpdatesSlice } from '../features/updates/updates-slice';
import type { PhiRegistry } from './create-phi-registry';

/** The store's own action: forget every piece of PHI any slice registered (sign-out, session ended). */
export interface PhiSlice {
  resetPhi(): void;
}

/** The combined state of every slice. */
export type ConsoleState = SessionSlice &
  ConnectionSlice &
  SearchSlice &
  RecentSlice &
  MemberSlice &
  DomainsSlice &
  DialogSlice &
  ProgramSlice &
  ParticipationSlice &
  PaymentsSlice &
  CallsSlice &
  SoftphoneSlice &
  InteractionSlice &
  UpdatesSlice &
  LockSlice &
  LeadSlice &
  FloorSlice &
  AuditSlice &
  DiagnosticsSlice &
  PhiSlice;

/** What a slice gets to build itself: the store's set/get, the client it may call, and where to declare PHI. */
export interface SliceTools {
  readonly set: StoreApi<ConsoleState>['setState'];
  readonly get: StoreApi<ConsoleState>['getState'];
  readonly client: RepConsoleClient;
  readonly holdsPhi: PhiRegistry['register'];
}
