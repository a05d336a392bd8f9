/**
 * The one map of everything the renderer may ask main, and every event main may push.
 *
 * The channel list and bridge method names live in channels.ts (no schemas, so the bridges stay
 * small); this table must define exactly those channels, and each host must register a handler for
 * every one (a missing one is a compile error). Inputs are parsed by main; outputs are parsed by tests and trusted by the renderer.
 */
import { z } from 'zod';
import { CallPoppedSchema, CallsStateSchema, SecureCaptureViewSchema } from '../calls/call-views';
import { LinkViewSchema } from '../calls/call-views';
import type { EventChannel, InvokeChannel } from './channels';
import { FloorViewSchema } from '../floor/floor-view';
import { ClientRulesSchema, ProgramSettingsSchema } from '../domain/client-rules';
import { EffectiveDateChangeSchema, OptInRequestSchema, OptOutRequestSchema } from '../domain/participation-changes';
import {
  AddPaymentMethodRequestSchema,
  EnrolAutopayRequestSchema,
  RefundRequestSchema,
  StopAutopayRequestSchema,
  TakePaymentRequestSchema,
} from '../domain/payment-changes';
import { CreateTokenRequestSchema } from '../api/processor-routes';
import { ApprovalDecidedEventSchema, ApprovalQueueItemSchema, DecideApprovalRequestSchema } from '../api/approval-routes';
import { ClientIdSchema, IsoDateTimeSchema, MemberIdSchema } from '../domain/primitives';
import { MemberSearchQuerySchema } from '../domain/member-search';
import { AuditCsvExportSchema, AuditFiltersSchema, AuditPageSchema, AuditSearchQuerySchema } from '../domain/audit';
import { SessionSchema, SignInInputSchema } from '../domain/session';
import { AgentViewSchema, InteractionViewSchema } from '../calls/call-views';
import { AgentChoiceSchema, FinishWrapUpInputSchema, IdentifyMemberInputSchema, SaveNotesInputSchema, VerifyCallerInputSchema } from '../calls/interaction-requests';
import {
  AppStatusSchema,
  ChangeViewSchema,
  ConnectionStateSchema,
  MemberProfileViewSchema,
  MemberRefreshFailedSchema,
  RecentLookupSchema,
  SearchResultSchema,
  RevealedMbiSchema,
  SessionEndedSchema,
  TokenizeOutcomeSchema,
} from './views';
import { LockStateSchema, UnlockInputSchema } from './views';
import { OpenExternalSchema, SignInOptionsSchema } from './views';
import { UpdateInstallRefusalSchema, UpdateStateSchema } from './views';
import { DiagnosticsExportSchema } from './views';

const NoInputSchema = z.undefined();

/** A call control for the call on screen; `target` (an extension or number) only for a transfer. */
const CallControlInputSchema = z
  .object({
    action: z.enum(['answer', 'hold', 'resume', 'mute', 'unmute', 'transfer', 'hang_up']),
    target: z.string().trim().min(1).max(40).regex(/^[^\u0000-\u001f\u007f]*$/, 'No control characters.').optional(),
  })
  .strict()
  // Without a target main answers with why (no call, or one the console cannot control) or asks for one.
  .refine((input) => input.action === 'transfer' || input.target === undefined, 'Only a transfer takes a target.');

/** Whether a paired softphone took the recording command; false means the rep pauses recording by hand. */
const RecordingOutputSchema = z.object({ isPaired: z.boolean() });

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
  /** Single sign-on or the password form (ADR 12). */
  'session:get-sign-in-options': { input: NoInputSchema, output: SignInOptionsSchema },
  /** Opens the provider in the system browser; answers when its redirect came back (or the attempt ended). */
  'session:sign-in-with-provider': { input: NoInputSchema, output: SessionSchema },
  'session:cancel-provider-sign-in': { input: NoInputSchema, output: z.null() },
  'members:search': { input: MemberSearchQuerySchema, output: z.array(SearchResultSchema) },
  'members:open': {
    input: z.object({
      memberId: MemberIdSchema,
      /** Revalidate even a fresh cached copy (the rep asked for Refresh). */
      forceRefresh: z.boolean().optional(),
    }),
    output: MemberProfileViewSchema,
  },
  'members:list-recent': { input: NoInputSchema, output: z.array(RecentLookupSchema) },
  'participation:opt-in': { input: changeInput(OptInRequestSchema), output: ChangeViewSchema },
  'participation:opt-out': { input: changeInput(OptOutRequestSchema), output: ChangeViewSchema },
  'participation:change-effective-date': { input: changeInput(EffectiveDateChangeSchema), output: ChangeViewSchema },
  /** The rep closed a flow whose last attempt failed: main stops resending that action on its own. */
  'operations:abandon': { input: z.object({ actionId: z.uuid() }).strict(), output: z.null() },
  'program:get-settings': { input: NoInputSchema, output: ProgramSettingsSchema },
  'clients:get-rules': { input: z.object({ clientId: ClientIdSchema }), output: ClientRulesSchema },
  /** The local softphone link (its changes are pushed inside calls:changed). */
  'softphone:get-link': { input: NoInputSchema, output: LinkViewSchema },
  /** A new six-digit pairing code (an earlier one stops working), shown until used, expired or locked. */
  'softphone:new-pairing-code': { input: NoInputSchema, output: LinkViewSchema },
  /** Forgets the paired softphone: its token stops working and its connection closes. */
  'softphone:forget': { input: NoInputSchema, output: LinkViewSchema },
  /** The link, the call in progress and the rep's state, as the call bar shows them. */
  'calls:get-state': { input: NoInputSchema, output: CallsStateSchema },
  'calls:command': { input: CallControlInputSchema, output: z.null() },
  /** Card details are about to be spoken: pause the call recording (PCI DSS). */
  'calls:pause-recording': { input: NoInputSchema, output: RecordingOutputSchema },
  'calls:resume-recording': { input: NoInputSchema, output: RecordingOutputSchema },
  /** The caller keys the card on the phone; progress and the processor token come as `calls:secure-capture-changed`. */
  'calls:start-secure-capture': { input: NoInputSchema, output: z.object({ captureId: z.string() }) },
  'calls:stop-secure-capture': { input: z.object({ captureId: z.string().min(1).max(128) }).strict(), output: z.null() },
  /**
   * Card or bank digits to the payment processor, through main (never the payer backend, never the
   * write path, never a log): the answer is the token the other payment channels carry.
   */
  'payments:tokenize': { input: CreateTokenRequestSchema, output: TokenizeOutcomeSchema },
  'payments:take': { input: changeInput(TakePaymentRequestSchema), output: ChangeViewSchema },
  'payments:add-method': { input: changeInput(AddPaymentMethodRequestSchema), output: ChangeViewSchema },
  'payments:enrol-autopay': { input: changeInput(EnrolAutopayRequestSchema), output: ChangeViewSchema },
  'payments:stop-autopay': { input: changeInput(StopAutopayRequestSchema), output: ChangeViewSchema },
  'refunds:request': { input: changeInput(RefundRequestSchema), output: ChangeViewSchema },
  /** The whole MBI, on purpose: audited (who, when, which member), never sent in a view. */
  'members:reveal-mbi': { input: z.object({ memberId: MemberIdSchema }).strict(), output: RevealedMbiSchema },
  /** A team lead's queue: requests waiting for their clients, oldest first (never cached: it is the backend's now). */
  'approvals:list': { input: NoInputSchema, output: z.array(ApprovalQueueItemSchema) },
  /** A team lead approves or rejects one request: a change like any other (one actionId, one Idempotency-Key); memberId is the request's member. */
  'approvals:decide': { input: changeInput(DecideApprovalRequestSchema), output: ChangeViewSchema },
  /** A team lead searches the backend's audit trail (newest first, one page). */
  'audit:search': { input: AuditSearchQuerySchema, output: AuditPageSchema },
  /** Every entry matching the filters as RFC 4180 CSV text, which the screen saves as a file (a download in both hosts). */
  'audit:export-csv': { input: AuditFiltersSchema, output: AuditCsvExportSchema },
  /** The interaction with the caller on the line (or in wrap-up); null between calls. */
  'interactions:get-current': { input: NoInputSchema, output: InteractionViewSchema.nullable() },
  /** The rep says which member this call is about (main also does it when the pop or the rep opens one). */
  'interactions:identify-member': { input: IdentifyMemberInputSchema, output: InteractionViewSchema },
  'interactions:verify-caller': { input: VerifyCallerInputSchema, output: InteractionViewSchema },
  'interactions:save-notes': { input: SaveNotesInputSchema, output: z.object({ savedAt: IsoDateTimeSchema }) },
  'interactions:finish-wrap-up': { input: FinishWrapUpInputSchema, output: z.null() },
  'interactions:set-agent-state': { input: AgentChoiceSchema, output: AgentViewSchema },
  /** Whether the console is locked; while it is, member reads and changes are refused with CONSOLE_LOCKED. */
  'session:get-lock-state': { input: NoInputSchema, output: LockStateSchema },
  /** The rep pressed a key, moved or clicked (sent at most every few seconds): the idle time starts again. */
  'session:report-activity': { input: NoInputSchema, output: z.null() },
  /** The rep locks the console on purpose (stepping away); allowed during a call. */
  'session:lock': { input: NoInputSchema, output: LockStateSchema },
  /** The same user proves it is them again; a wrong password or another user leaves it locked. */
  'session:unlock': { input: UnlockInputSchema, output: LockStateSchema },
  /** The console's own update: off, checking, downloading, ready (installs at sign-out) or why not. */
  'updates:get-state': { input: NoInputSchema, output: UpdateStateSchema },
  /** "Install update and restart": null when it installs (now, or once the download is verified), else why not. */
  'updates:install': { input: NoInputSchema, output: UpdateInstallRefusalSchema.nullable() },
  /** Writes the diagnostics archive (logs, policy and its sources, versions, statistics; PHI scrubbed) and says where. */
  'diagnostics:export': { input: NoInputSchema, output: DiagnosticsExportSchema },
  /** A team lead's floor board (their team's reps, queue and today's calls); opens the live feed, which then sends floor:changed. */
  'floor:get': { input: NoInputSchema, output: FloorViewSchema },
  /** The lead left the board: main closes the floor stream (and stops floor:changed) until it is opened again. */
  'floor:close': { input: NoInputSchema, output: z.null() },
} as const satisfies { [C in InvokeChannel]: { input: z.ZodType; output: z.ZodType } };

export const eventContract = {
  'connection:changed': { payload: ConnectionStateSchema },
  'members:profile-refreshed': { payload: MemberProfileViewSchema },
  'members:refresh-failed': { payload: MemberRefreshFailedSchema },
  'session:ended': { payload: SessionEndedSchema },
  'session:open-external': { payload: OpenExternalSchema },
  'calls:changed': { payload: CallsStateSchema },
  /** Once per call id, on ringing: where the console should go for this caller. */
  'calls:popped': { payload: CallPoppedSchema },
  'calls:secure-capture-changed': { payload: SecureCaptureViewSchema },
  'interactions:changed': { payload: InteractionViewSchema.nullable() },
  'agent:changed': { payload: AgentViewSchema },
  /** A team lead decided a request this user made: the console tells the rep and refreshes that member if open. */
  'approvals:decided': { payload: ApprovalDecidedEventSchema },
  'session:lock-changed': { payload: LockStateSchema },
  'updates:changed': { payload: UpdateStateSchema },
  /** The floor board changed (at most ten a second) or its feed connected or dropped. */
  'floor:changed': { payload: FloorViewSchema },
} as const satisfies { [E in EventChannel]: { payload: z.ZodType } };

export type InvokeContract = typeof invokeContract;
export type EventContract = typeof eventContract;
export type { EventChannel, InvokeChannel } from './channels';
export type InvokeInput<C extends InvokeChannel> = z.input<InvokeContract[C]['input']>;
export type InvokeParsedInput<C extends InvokeChannel> = z.output<InvokeContract[C]['input']>;
export type InvokeOutput<C extends InvokeChannel> = z.output<InvokeContract[C]['output']>;
export type EventPayload<E extends EventChannel> = z.output<EventContract[E]['payload']>;
