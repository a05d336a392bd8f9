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
} as const;

export const EVENT_METHODS = {
  'connection:changed': 'onConnectionChanged',
  'members:profile-refreshed': 'onMemberRefreshed',
  'members:refresh-failed': 'onMemberRefreshFailed',
  'session:ended': 'onSessionEnded',
} as const;

export type InvokeChannel = keyof typeof INVOKE_METHODS;
export type EventChannel = keyof typeof EVENT_METHODS;
