/**
 * The one map of everything the renderer may ask main, and every event main may push.
 *
 * Each channel names its bridge method, so preload and the web bridge build `window.repConsole` from
 * this table alone, and each host must register a handler for every channel (a missing one is a
 * compile error). Inputs are parsed by main; outputs are parsed by tests and trusted by the renderer.
 */
import { z } from 'zod';
import { MemberIdSchema } from '../domain/primitives';
import { MemberSearchQuerySchema } from '../domain/member-search';
import { SessionSchema, SignInInputSchema } from '../domain/session';
import {
  AppStatusSchema,
  ConnectionStateSchema,
  MemberProfileViewSchema,
  MemberRefreshFailedSchema,
  RecentMemberSchema,
  SearchResultSchema,
} from './views';

const NoInputSchema = z.undefined();

export const invokeContract = {
  'app:get-status': { method: 'getAppStatus', input: NoInputSchema, output: AppStatusSchema },
  'session:get-current': { method: 'getSession', input: NoInputSchema, output: SessionSchema.nullable() },
  'session:sign-in': { method: 'signIn', input: SignInInputSchema, output: SessionSchema },
  'session:sign-out': { method: 'signOut', input: NoInputSchema, output: z.null() },
  'members:search': { method: 'searchMembers', input: MemberSearchQuerySchema, output: z.array(SearchResultSchema) },
  'members:open': {
    method: 'openMember',
    input: z.object({ memberId: MemberIdSchema }),
    output: MemberProfileViewSchema,
  },
  'members:list-recent': { method: 'listRecentMembers', input: NoInputSchema, output: z.array(RecentMemberSchema) },
} as const;

export const eventContract = {
  'connection:changed': { method: 'onConnectionChanged', payload: ConnectionStateSchema },
  'members:profile-refreshed': { method: 'onMemberRefreshed', payload: MemberProfileViewSchema },
  'members:refresh-failed': { method: 'onMemberRefreshFailed', payload: MemberRefreshFailedSchema },
} as const;

export type InvokeContract = typeof invokeContract;
export type EventContract = typeof eventContract;
export type InvokeChannel = keyof InvokeContract;
export type EventChannel = keyof EventContract;
export type InvokeInput<C extends InvokeChannel> = z.input<InvokeContract[C]['input']>;
export type InvokeParsedInput<C extends InvokeChannel> = z.output<InvokeContract[C]['input']>;
export type InvokeOutput<C extends InvokeChannel> = z.output<InvokeContract[C]['output']>;
export type EventPayload<E extends EventChannel> = z.output<EventContract[E]['payload']>;
