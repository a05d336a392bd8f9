/**
 * What main tells the renderer about calls: the softphone link, the call in progress, where a call
 * popped to, and the interaction with its caller. Main decides; the renderer shows what it is given.
 */
import { z } from 'zod';
import { VerificationIdentifierSchema } from '../domain/client-rules';
import { IsoDateTimeSchema, MemberIdSchema } from '../domain/primitives';
import { SearchResultSchema } from '../ipc/views';
import { AgentStateSchema, AwayReasonSchema, CallDirectionSchema, CallIdSchema, CaptureFieldSchema, CapturedCardSchema } from './call-events';
import { CallerKindSchema, DisclosureSchema, DispositionCodeSchema, InteractionActionSchema } from './interaction';

/** The local softphone link: whether a softphone is paired and connected, and the code to pair one. */
export const LinkViewSchema = z.object({
  state: z.enum(['unpaired', 'disconnected', 'connected']),
  /** The connected (or last) softphone's name as it introduced itself. */
  softphoneName: z.string().nullable(),
  /** Shown while no softphone is paired, or after the rep asked for a new one; null otherwise. */
  pairing: z.object({ code: z.string().regex(/^\d{6}$/), expiresAt: IsoDateTimeSchema }).nullable(),
  /** The backend's CTI feed (calls pushed by a phone system through the backend). */
  ctiFeed: z.enum(['off', 'connecting', 'connected']),
  since: IsoDateTimeSchema,
});
export type LinkView = z.infer<typeof LinkViewSchema>;

/** The call in progress, as the rep sees it in the call bar. */
export const CallViewSchema = z.object({
  callId: CallIdSchema,
  phase: z.enum(['ringing', 'connected', 'held', 'ended']),
  direction: CallDirectionSchema,
  /** The caller's number formatted for reading aloud; null when withheld. */
  callerNumber: z.string().nullable(),
  queue: z.string().nullable(),
  /** Why they called, as the IVR put it. */
  ivrIntent: z.string().nullable(),
  isIvrVerified: z.boolean(),
  isMuted: z.boolean(),
  isRecording: z.boolean(),
  ringAt: IsoDateTimeSchema,
  answeredAt: IsoDateTimeSchema.nullable(),
  endedAt: IsoDateTimeSchema.nullable(),
  /** Which commands the connected driver can carry out for this call (a launch-hook call can do none). */
  canControl: z.boolean(),
});
export type CallView = z.infer<typeof CallViewSchema>;

/** Where an incoming call took the console: sent once per call id. */
export const PopTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('member'), memberId: MemberIdSchema }),
  z.object({ kind: z.literal('choose'), candidates: z.array(SearchResultSchema).min(2) }),
  /** No member matched: the search opens with this text (the caller's number) filled in. */
  z.object({ kind: z.literal('search'), query: z.string() }),
  /** The number was withheld and the IVR gave nothing: an empty search. */
  z.object({ kind: z.literal('empty_search') }),
]);
export type PopTarget = z.infer<typeof PopTargetSchema>;

export const CallPoppedSchema = z.object({ callId: CallIdSchema, target: PopTargetSchema });
export type CallPopped = z.infer<typeof CallPoppedSchema>;

/** The rep's own state and how long they have been in it. */
export const AgentViewSchema = z.object({
  state: AgentStateSchema,
  awayReason: AwayReasonSchema.nullable(),
  since: IsoDateTimeSchema,
});
export type AgentView = z.infer<typeof AgentViewSchema>;

/** The call state the call bar renders: pushed on every change as `calls:changed`. */
export const CallsStateSchema = z.object({
  link: LinkViewSchema,
  call: CallViewSchema.nullable(),
  agent: AgentViewSchema,
});
export type CallsState = z.infer<typeof CallsStateSchema>;

/** Secure keypad capture as the console sees it: progress and the token, never digits. */
export const SecureCaptureViewSchema = z.object({
  captureId: CallIdSchema,
  status: z.enum(['started', 'progress', 'completed', 'failed', 'cancelled']),
  field: CaptureFieldSchema.nullable(),
  digitsEntered: z.number().int().min(0).nullable(),
  card: CapturedCardSchema.nullable(),
  reason: z.string().nullable(),
});
export type SecureCaptureView = z.infer<typeof SecureCaptureViewSchema>;

/** The interaction with the current (or just ended) caller. */
export const InteractionViewSchema = z.object({
  id: z.uuid(),
  callId: CallIdSchema.nullable(),
  phase: z.enum(['active', 'wrap_up']),
  memberId: MemberIdSchema.nullable(),
  /** Null until the caller is verified (or said who they are). */
  callerKind: CallerKindSchema.nullable(),
  /** What main lets the screens show of the member for this caller. */
  disclosure: DisclosureSchema,
  /** How many identifiers the client requires: to disclose, and to change payment methods. */
  requiredMatches: z.number().int().min(1).nullable(),
  requiredMatchesForChanges: z.number().int().min(1).nullable(),
  /** Identifiers matched so far; changes need requiredMatchesForChanges. */
  matchedCount: z.number().int().min(0),
  /** The rep's latest attempt, as main compared the caller's answers: which identifiers matched, which did not (never a value). */
  lastCheck: z.object({ matched: z.array(VerificationIdentifierSchema), notMatched: z.array(VerificationIdentifierSchema) }).nullable(),
  /** Failed attempts left on this call before verification locks (the rep then escalates). */
  attemptsLeft: z.number().int().min(0),
  /** Verification is locked for this call after too many failed attempts: the rep escalates. */
  isVerificationLocked: z.boolean(),
  /**
   * Who may call for the member (the representatives on file), for the rep to pick from while verifying:
   * names only; main checks the document and the expiry. Empty until the member's record is known.
   */
  representatives: z.array(z.object({ id: z.string(), name: z.string(), relationship: z.string() })),
  notes: z.string(),
  notesSavedAt: IsoDateTimeSchema.nullable(),
  actions: z.array(InteractionActionSchema),
  wrapUpStartedAt: IsoDateTimeSchema.nullable(),
  /** The client's disposition codes for wrap-up (empty until a member is known: then general codes). */
  dispositions: z.array(z.object({ code: DispositionCodeSchema, label: z.string() })),
});
export type InteractionView = z.infer<typeof InteractionViewSchema>;
