/**
 * An in-memory `window.repConsole` for renderer tests: the real bridge type, so the fake cannot drift
 * from the contract, plus handles to push main's events, make the next call fail, and script changes.
 */
import type { ClientRules, ProgramSettings } from '../../shared/domain/client-rules';
import type { MemberProfile } from '../../shared/domain/member-profile';
import type { Session } from '../../shared/domain/session';
import type { RepConsoleApi } from '../../shared/ipc/bridge';
import type { AppError, Result } from '../../shared/ipc/result';
import type { ConnectionState, MemberProfileView, RecentLookup, SearchResult, SessionEnded } from '../../shared/ipc/views';
import type { CallsState } from '../../shared/calls/call-views';
import { createFakeCalls, type FakeCalls } from './create-fake-calls';
import { createFakeSoftphone } from '../features/softphone/testing/create-fake-softphone';
import { createFakeChanges, type FakeChanges } from './create-fake-changes';
import { createFakeInteraction, type FakeInteraction } from './create-fake-interaction';
import { createFakePayments, type FakePayments } from '../features/payments/testing/create-fake-payments';
import { createFakeCardCapture, type FakeCardCapture } from '../features/payments/testing/create-fake-card-capture';
import { createFakeSession, type FakeSession } from '../features/session/testing/create-fake-session';
import { createFakeApprovals, type FakeApprovals } from '../features/approvals/testing/create-fake-approvals';
import { createFakeAudit, type FakeAudit } from '../features/audit/testing/create-fake-audit';
import { createFakeFloor, type FakeFloor } from '../features/floor/testing/create-fake-floor';
import { createFakeLock, type FakeLock } from '../features/lock/testing/create-fake-lock';
import { createFakeUpdates, type FakeUpdates } from '../features/updates/testing/create-fake-updates';
import { shapeMemberView } from '../../shared/ipc/shape-member-view';
import { TEST_CLIENT_RULES, TEST_PROGRAM_SETTINGS } from './fake-program';

type Listener<T> = (payload: T) => void;

/** What the fake starts with: members, a session (null for signed out), and where opens come from. */
export interface FakeRepConsoleOptions {
  readonly profiles?: readonly MemberProfile[];
  readonly session?: Session | null;
  /** Where openMember says the data came from; 'cache' also reports a background refresh. */
  readonly openFrom?: 'backend' | 'cache';
  /** What app:get-status says about the backend (true: the fake stands in for the sandbox). */
  readonly isSandboxBackend?: boolean;
  readonly programSettings?: ProgramSettings;
  readonly clientRules?: readonly ClientRules[];
  /** What calls:get-state answers at first (no call, rep available, by default). */
  readonly calls?: CallsState;
}

/** The bridge to hand the app, plus the handles a test uses to act as main. */
export interface FakeRepConsole
  extends Pick<FakeChanges, 'changeCalls' | 'answerChange' | 'abandoned'>,
    Omit<FakeCalls, 'api'>,
    Omit<FakePayments, 'api'>,
    Omit<FakeCardCapture, 'api'>,
    Omit<FakeSession, 'api'>,
    Omit<FakeApprovals, 'api'>,
    Omit<FakeAudit, 'api'>,
    Omit<FakeFloor, 'api'>,
    Omit<FakeLock, 'api'>,
    Omit<FakeUpdates, 'api'>,
    Omit<FakeInteraction, 'api' | 'disclosureFor'> {
  readonly api: RepConsoleApi;
  /** Makes the next call of that method fail with this error (what main would send). */
  failNext(method: keyof RepConsoleApi, error: AppError): void;
  /** Holds the next answer of that method until the returned function is called (a slow main). */
  holdNext(method: keyof RepConsoleApi): () => void;
  emitConnectionChanged(state: ConnectionState): void;
  emitMemberRefreshed(view: MemberProfileView): void;
  emitMemberRefreshFailed(failure: { memberId: string; message: string }): void;
  /** Main ended the session on its own (token refused or expired). */
  emitSessionEnded(message: string): void;
}

/** A member view as main sends it (whole record unless `disclosure` says otherwise), for tests that push one. */
export function buildTestView(profile: MemberProfile, options: { source?: 'backend' | 'cache'; disclosure?: MemberProfileView['disclosure'] } = {}): MemberProfileView {
  const source = options.source ?? 'backend';
  return shapeMemberView(profile, options.disclosure ?? 'full', { source, fetchedAt: new Date().toISOString(), isRefreshing: source === 'cache' });
}

/** The session the fake signs in as (rep1). */
export const TEST_SESSION: Session = { user: { id: 'rep1', displayName: 'Riley Park', role: 'rep' }, signedInAt: '2026-03-01T14:00:00.000Z' };
/** Where the fake says "Export diagnostics" wrote its archive. */
export const FAKE_DIAGNOSTICS_PATH = '/home/rep/Downloads/rep-console-diagnostics-ws-14-2026-03-01T14-00-00Z.zip';
/** A connection state with the backend reachable. */
export const ONLINE: ConnectionState = { isOnline: true, backendUrl: 'http://127.0.0.1:4010', checkedAt: '2026-03-01T14:00:00.000Z', message: null };

function toSearchResult({ member, client, participation }: MemberProfile): SearchResult {
  const { memberId, mbi, clientId, firstName, lastName, dateOfBirth, phone, address } = member;
  const summary = { memberId, mbi, clientId, firstName, lastName, dateOfBirth, phone, city: address.city, state: address.state, participationStatus: participation.status };
  return { summary, client };
}

/** Builds the fake; every answer is a Result, exactly as main would send it. */
export function createFakeRepConsole(options: FakeRepConsoleOptions = {}): FakeRepConsole {
  const profiles = [...(options.profiles ?? [])];
  let session = options.session === undefined ? TEST_SESSION : options.session;
  const recent: RecentLookup[] = [];
  const rules = options.clientRules ?? [TEST_CLIENT_RULES];
  const failures = new Map<keyof RepConsoleApi, AppError>();
  const holds = new Map<keyof RepConsoleApi, Promise<void>>();
  const listeners = { connection: new Set<Listener<ConnectionState>>(), refreshed: new Set<Listener<MemberProfileView>>(), failed: new Set<Listener<{ memberId: string; message: string }>>(), ended: new Set<Listener<SessionEnded>>() };

  async function answer<T>(method: keyof RepConsoleApi, value: () => T): Promise<Result<T>> {
    const hold = holds.get(method);
    holds.delete(method);
    await hold;
    const failure = failures.get(method);
    failures.delete(method);
    return failure ? { ok: false, error: failure } : { ok: true, value: value() };
  }
  function subscribe<T>(set: Set<Listener<T>>, listener: Listener<T>): () => void {
    set.add(listener);
    return () => set.delete(listener);
  }
  // Every member view the fake sends is cut down by the caller's verification, as main's are (ADR 10).
  const { api: interactionApi, disclosureFor, ...interactionHandles } = createFakeInteraction(profiles, answer, (memberId) => {
    const profile = profiles.find((p) => p.member.memberId === memberId);
    if (profile) listeners.refreshed.forEach((l) => l(present(profile, 'cache')));
  });
  const present = (profile: MemberProfile, source: 'backend' | 'cache' = 'backend', isRefreshing = false) =>
    shapeMemberView(profile, disclosureFor(profile.member.memberId), { source, fetchedAt: new Date().toISOString(), isRefreshing });
  const changes = createFakeChanges(profiles, answer, (profile) => present(profile));
  const { api: callsApi, ...callHandles } = createFakeCalls(answer, options.calls);
  const { api: paymentsApi, ...paymentHandles } = createFakePayments(profiles, answer, (profile) => present(profile));
  const { api: captureApi, ...captureHandles } = createFakeCardCapture(answer);
  const { api: sessionApi, ...sessionHandles } = createFakeSession(answer, (signedIn) => (session = signedIn));
  const { api: approvalsApi, ...approvalHandles } = createFakeApprovals(answer);
  const { api: auditApi, ...auditHandles } = createFakeAudit(answer);
  const { api: floorApi, ...floorHandles } = createFakeFloor(answer);
  const { api: lockApi, ...lockHandles } = createFakeLock(answer);
  const { api: updatesApi, ...updateHandles } = createFakeUpdates(answer);

  const api: RepConsoleApi = {
    getAppStatus: () => answer('getAppStatus', () => ({ version: '0.0.0-test', host: 'web' as const, connection: ONLINE, isSandboxBackend: options.isSandboxBackend ?? true })),
    getSession: () => answer('getSession', () => session),
    signIn: (input) =>
      input.username === 'rep1' && input.password === 'sandbox'
        ? answer('signIn', () => (session = TEST_SESSION))
        : Promise.resolve({ ok: false, error: { code: 'FORBIDDEN', message: "That user name and password don't match." } }),
    signOut: () => answer('signOut', () => ((session = null), null)),
    searchMembers: (query) =>
      answer('searchMembers', () =>
        profiles
          .filter(({ member: m }) =>
            query.by === 'mbi' ? m.mbi === query.mbi
            : query.by === 'memberId' ? m.memberId === query.memberId
            : query.by === 'phone' ? m.phone === query.phone
            : m.lastName.toLowerCase() === query.lastName.toLowerCase() && m.dateOfBirth === query.dateOfBirth,
          )
          .map(toSearchResult),
      ),
    openMember: ({ memberId }) => {
      const profile = profiles.find((p) => p.member.memberId === memberId);
      if (!profile) return Promise.resolve({ ok: false, error: { code: 'NOT_FOUND', message: 'No member has that ID.' } });
      return answer('openMember', () => {
        const now = new Date().toISOString();
        const { firstName, lastName, clientId } = profile.member;
        const member = { memberId, clientId, firstName, lastName };
        recent.splice(0, recent.length, { member, client: profile.client, fetchedAt: now, lastOpenedAt: now }, ...recent.filter((r) => r.member.memberId !== memberId));
        const source = options.openFrom ?? 'backend';
        return present(profile, source, source === 'cache');
      });
    },
    listRecentMembers: () => answer('listRecentMembers', () => [...recent]),
    ...changes.api,
    getProgramSettings: () => answer('getProgramSettings', () => options.programSettings ?? TEST_PROGRAM_SETTINGS),
    getClientRules: ({ clientId }) => {
      const found = rules.find((r) => r.clientId === clientId);
      if (!found) return Promise.resolve({ ok: false, error: { code: 'NOT_FOUND', message: `No rules for client ${clientId}.` } });
      return answer('getClientRules', () => found);
    },
    onConnectionChanged: (listener) => subscribe(listeners.connection, listener),
    onMemberRefreshed: (listener) => subscribe(listeners.refreshed, listener),
    onMemberRefreshFailed: (listener) => subscribe(listeners.failed, listener),
    onSessionEnded: (listener) => subscribe(listeners.ended, listener),
    ...callsApi,
    ...createFakeSoftphone(answer).api,
    ...paymentsApi,
    ...captureApi,
    ...sessionApi,
    ...approvalsApi,
    ...auditApi,
    ...floorApi,
    ...lockApi,
    ...updatesApi,
    ...interactionApi,
    exportDiagnostics: () => answer('exportDiagnostics', () => ({ path: FAKE_DIAGNOSTICS_PATH, sizeBytes: 2_048, fileCount: 9 })),
  };

  return {
    api,
    ...callHandles,
    ...paymentHandles,
    ...captureHandles,
    ...sessionHandles,
    ...approvalHandles,
    ...auditHandles,
    ...floorHandles,
    ...lockHandles,
    ...updateHandles,
    ...interactionHandles,
    changeCalls: changes.changeCalls,
    abandoned: changes.abandoned,
    answerChange: changes.answerChange,
    failNext: (method, error) => failures.set(method, error),
    holdNext(method) {
      let release = () => {};
      holds.set(method, new Promise<void>((resolve) => (release = resolve)));
      return () => release();
    },
    emitConnectionChanged: (state) => listeners.connection.forEach((l) => l(state)),
    emitMemberRefreshed: (view) => listeners.refreshed.forEach((l) => l(view)),
    emitMemberRefreshFailed: (failure) => listeners.failed.forEach((l) => l(failure)),
    emitSessionEnded: (message) => {
      session = null;
      listeners.ended.forEach((l) => l({ message }));
    },
  };
}
