/** A typed client over `window.repConsole` that unwraps each Result, so callers read values and catch ApiError. */
import type { RepConsoleApi } from '../../shared/ipc/bridge';
import type { Result } from '../../shared/ipc/result';
import { ApiError } from './api-error';

type Unwrapped<F> = F extends (...args: infer A) => Promise<Result<infer T>> ? (...args: A) => Promise<T> : F;

/** Every bridge method: invokes resolve to their value (or throw ApiError); event subscriptions pass through. */
export type RepConsoleClient = { readonly [K in keyof RepConsoleApi]: Unwrapped<RepConsoleApi[K]> };

async function unwrap<T>(call: () => Promise<Result<T>>): Promise<T> {
  let result: Result<T>;
  try {
    result = await call();
  } catch (error: unknown) {
    throw ApiError.from(error);
  }
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}

/** Wraps the bridge; listing each method keeps the client complete at compile time when the contract grows. */
export function createRepConsoleClient(bridge: RepConsoleApi): RepConsoleClient {
  return {
    getAppStatus: () => unwrap(() => bridge.getAppStatus()),
    getSession: () => unwrap(() => bridge.getSession()),
    signIn: (input) => unwrap(() => bridge.signIn(input)),
    signOut: () => unwrap(() => bridge.signOut()),
    getSignInOptions: () => unwrap(() => bridge.getSignInOptions()),
    signInWithProvider: () => unwrap(() => bridge.signInWithProvider()),
    cancelProviderSignIn: () => unwrap(() => bridge.cancelProviderSignIn()),
    searchMembers: (query) => unwrap(() => bridge.searchMembers(query)),
    openMember: (input) => unwrap(() => bridge.openMember(input)),
    listRecentMembers: () => unwrap(() => bridge.listRecentMembers()),
    optInMember: (input) => unwrap(() => bridge.optInMember(input)),
    optOutMember: (input) => unwrap(() => bridge.optOutMember(input)),
    changeEffectiveDate: (input) => unwrap(() => bridge.changeEffectiveDate(input)),
    abandonChange: (input) => unwrap(() => bridge.abandonChange(input)),
    getProgramSettings: () => unwrap(() => bridge.getProgramSettings()),
    getClientRules: (input) => unwrap(() => bridge.getClientRules(input)),
    getCallsState: () => unwrap(() => bridge.getCallsState()),
    getFloor: () => unwrap(() => bridge.getFloor()),
    closeFloor: () => unwrap(() => bridge.closeFloor()),
    getSoftphoneLink: () => unwrap(() => bridge.getSoftphoneLink()),
    newSoftphonePairingCode: () => unwrap(() => bridge.newSoftphonePairingCode()),
    forgetSoftphone: () => unwrap(() => bridge.forgetSoftphone()),
    controlCall: (input) => unwrap(() => bridge.controlCall(input)),
    pauseCallRecording: () => unwrap(() => bridge.pauseCallRecording()),
    resumeCallRecording: () => unwrap(() => bridge.resumeCallRecording()),
    startSecureCapture: () => unwrap(() => bridge.startSecureCapture()),
    stopSecureCapture: (input) => unwrap(() => bridge.stopSecureCapture(input)),
    tokenizePaymentMethod: (input) => unwrap(() => bridge.tokenizePaymentMethod(input)),
    takePayment: (input) => unwrap(() => bridge.takePayment(input)),
    addPaymentMethod: (input) => unwrap(() => bridge.addPaymentMethod(input)),
    enrolAutopay: (input) => unwrap(() => bridge.enrolAutopay(input)),
    stopAutopay: (input) => unwrap(() => bridge.stopAutopay(input)),
    requestRefund: (input) => unwrap(() => bridge.requestRefund(input)),
    revealMbi: (input) => unwrap(() => bridge.revealMbi(input)),
    searchAuditTrail: (input) => unwrap(() => bridge.searchAuditTrail(input)),
    exportAuditCsv: (input) => unwrap(() => bridge.exportAuditCsv(input)),
    listApprovals: () => unwrap(() => bridge.listApprovals()),
    decideApproval: (input) => unwrap(() => bridge.decideApproval(input)),
    getCurrentInteraction: () => unwrap(() => bridge.getCurrentInteraction()),
    identifyCallMember: (input) => unwrap(() => bridge.identifyCallMember(input)),
    verifyCaller: (input) => unwrap(() => bridge.verifyCaller(input)),
    saveInteractionNotes: (input) => unwrap(() => bridge.saveInteractionNotes(input)),
    finishWrapUp: (input) => unwrap(() => bridge.finishWrapUp(input)),
    setAgentState: (input) => unwrap(() => bridge.setAgentState(input)),
    getLockState: () => unwrap(() => bridge.getLockState()),
    reportActivity: () => unwrap(() => bridge.reportActivity()),
    lockConsole: () => unwrap(() => bridge.lockConsole()),
    unlockConsole: (input) => unwrap(() => bridge.unlockConsole(input)),
    exportDiagnostics: () => unwrap(() => bridge.exportDiagnostics()),
    getUpdateState: () => unwrap(() => bridge.getUpdateState()),
    installUpdate: () => unwrap(() => bridge.installUpdate()),
    onConnectionChanged: (listener) => bridge.onConnectionChanged(listener),
    onUpdateChanged: (listener) => bridge.onUpdateChanged(listener),
    onMemberRefreshed: (listener) => bridge.onMemberRefreshed(listener),
    onMemberRefreshFailed: (listener) => bridge.onMemberRefreshFailed(listener),
    onSessionEnded: (listener) => bridge.onSessionEnded(listener),
    onOpenExternal: (listener) => bridge.onOpenExternal(listener),
    onCallsChanged: (listener) => bridge.onCallsChanged(listener),
    onCallPopped: (listener) => bridge.onCallPopped(listener),
    onSecureCaptureChanged: (listener) => bridge.onSecureCaptureChanged(listener),
    onInteractionChanged: (listener) => bridge.onInteractionChanged(listener),
    onAgentChanged: (listener) => bridge.onAgentChanged(listener),
    onFloorChanged: (listener) => bridge.onFloorChanged(listener),
    onLockChanged: (listener) => bridge.onLockChanged(listener),
    onApprovalDecided: (listener) => bridge.onApprovalDecided(listener),
  };
}
