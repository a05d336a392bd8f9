/**
 * Channel → bridge method names, free of schemas, so the preload and web bridge stay small (the
 * contract's zod schemas are main's business). contract.ts checks it defines exactly these channels.
 */
export const INVOKE_METHODS = {
  'app:get-status': 'getAppStatus',
  'session:get-current': 'getSession',
  'session:sign-in': 'signIn',
  'session:sign-out': 'signOut',
  'members:search': 'searchMembers',
  'members:open': 'openMember',
  'members:list-recent': 'listRecentMembers',
  'participation:opt-in': 'optInMember',
  'participation:opt-out': 'optOutMember',
  'participation:change-effective-date': 'changeEffectiveDate',
  'operations:abandon': 'abandonChange',
  'program:get-settings': 'getProgramSettings',
  'clients:get-rules': 'getClientRules',
  'softphone:get-link': 'getSoftphoneLink',
  'softphone:new-pairing-code': 'newSoftphonePairingCode',
  'softphone:forget': 'forgetSoftphone',
  'calls:get-state': 'getCallsState',
  'calls:command': 'controlCall',
  'calls:pause-recording': 'pauseCallRecording',
  'calls:resume-recording': 'resumeCallRecording',
  'calls:start-secure-capture': 'startSecureCapture',
  'calls:stop-secure-capture': 'stopSecureCapture',
  'payments:tokenize': 'tokenizePaymentMethod',
  'payments:take': 'takePayment',
  'payments:add-method': 'addPaymentMethod',
  'payments:enrol-autopay': 'enrolAutopay',
  'payments:stop-autopay': 'stopAutopay',
  'refunds:request': 'requestRefund',
  'members:reveal-mbi': 'revealMbi',
  'interactions:get-current': 'getCurrentInteraction',
  'interactions:identify-member': 'identifyCallMember',
  'interactions:verify-caller': 'verifyCaller',
  'interactions:save-notes': 'saveInteractionNotes',
  'interactions:finish-wrap-up': 'finishWrapUp',
  'interactions:set-agent-state': 'setAgentState',
} as const;

export const EVENT_METHODS = {
  'connection:changed': 'onConnectionChanged',
  'members:profile-refreshed': 'onMemberRefreshed',
  'members:refresh-failed': 'onMemberRefreshFailed',
  'session:ended': 'onSessionEnded',
  'calls:changed': 'onCallsChanged',
  'calls:popped': 'onCallPopped',
  'calls:secure-capture-changed': 'onSecureCaptureChanged',
  'interactions:changed': 'onInteractionChanged',
  'agent:changed': 'onAgentChanged',
} as const;

export type InvokeChannel = keyof typeof INVOKE_METHODS;
export type EventChannel = keyof typeof EVENT_METHODS;
