/**
 * The one map of everything the renderer may ask main, and every event main may push.
 *
 * The channel list and bridge method names live in channels.ts (no schemas, so the bridges stay
 * small); this table must define exactly those channels, and each host must register a handler for
 * every one (a missing one is a compile error). Inputs are parsed by main; outputs are parsed by tests and trusted by the renderer.
 */
import { z } from 'zod';
import type { EventChannel, InvokeChannel } from './channels';
import { ClientRulesSchema, ProgramSettingsSchema } from '../domain/client-rules';
import { EffectiveDateChangeSchema, OptInRequestSchema, OptOutRequestSchema } from '../domain/participation-changes';
import { ClientIdSchema, MemberIdSchema } from '../domain/primitives';
import { MemberSearchQuerySchema } from '../domain/member-search';
import { SessionSchema, SignInInputSchema } from '../domain/session';
import {
  AppStatusSchema,
  ChangeViewSchema,
  ConnectionStateSchema,
  MemberProfileViewSchema,
  MemberRefreshFailedSchema,
  RecentMemberSchema,
  SearchResultSchema,
  SessionEndedSchema,
} from './views';

const NoInputSchema = z.undefined();

/**
 * A rep action that changes a record. `actionId` is made by the screen when the rep starts the action
 * (a UUID) and sent with every attempt: main keeps one operation, and one Idempotency-Key, per action.
 */
function changeInput<S extends z.ZodType>(request: S) {
  return z.object({ actionId: z.uuid(), memberId: MemberIdSchema, request }).strict();
}


export const invokeContract = {
  'app:get-status': { input: NoInputSchema, output: AppStatusSchema },
  'session:get-current': { input: NoInputSchema, output: SessionSchema.nullable() },
  'session:sign-in': { input: SignInInputSchema, output: SessionSchema },
  'session:sign-out': { input: NoInputSchema, output: z.null() },
  'members:search': { input: MemberSearchQuerySchema, output: z.array(SearchResultSchema) },
  'members:open': {
    input: z.object({
      memberId: MemberIdSchema,
      /** Revalidate even a fresh cached copy (the rep asked for Refresh). */
      forceRefresh: z.boolean().optional(),
    }),
    output: MemberProfileViewSchema,
  },
  'members:list-recent': { input: NoInputSchema, output: z.array(RecentMemberSchema) },
  'participation:opt-in': { input: changeInput(OptInRequestSchema), output: ChangeViewSchema },
  'participation:opt-out': { input: changeInput(OptOutRequestSchema), output: ChangeViewSchema },
  'participation:change-effective-date': { input: changeInput(EffectiveDateChangeSchema), output: ChangeViewSchema },
  /** The rep closed a flow whose last attempt failed: main stops resending that action on its own. */
  'operations:abandon': { input: z.object({ actionId: z.uuid() }).strict(), output: z.null() },
  'program:get-settings': { input: NoInputSchema, output: ProgramSettingsSchema },
  'clients:get-rules': { input: z.object({ clientId: ClientIdSchema }), output: ClientRulesSchema },
} as const satisfies { [C in InvokeChannel]: { input: z.ZodType; output: z.ZodType } };

export const eventContract = {
  'connection:changed': { payload: ConnectionStateSchema },
  'members:profile-refreshed': { payload: MemberProfileViewSchema },
  'members:refresh-failed': { payload: MemberRefreshFailedSchema },
  'session:ended': { payload: SessionEndedSchema },
} as const satisfies { [E in EventChannel]: { payload: z.ZodType } };

export type InvokeContract = typeof invokeContract;
export type EventContract = typeof eventContract;
export type { EventChannel, InvokeChannel } from './channels';
export type InvokeInput<C extends InvokeChannel> = z.input<InvokeContract[C]['input']>;
export type InvokeParsedInput<C extends InvokeChannel> = z.output<InvokeContract[C]['input']>;
export type InvokeOutput<C extends InvokeChannel> = z.output<InvokeContract[C]['output']>;
export type EventPayload<E extends EventChannel> = z.output<EventContract[E]['payload']>;
