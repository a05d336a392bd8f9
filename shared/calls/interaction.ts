/**
 * One call's record: who called, about which member, on whose authority, what was done and how it
 * ended. Main keeps it in the durable store while the call runs and sends it to the backend through
 * the outbox; the backend adds it to the member's contact history.
 */
import { z } from 'zod';
import { containsCardNumber } from '../lib/luhn';
import { VerificationIdentifierSchema } from '../domain/client-rules';
import { ConfirmationNumberSchema, IsoDateTimeSchema, MemberIdSchema } from '../domain/primitives';
import { AgentStateSchema, AwayReasonSchema, CallDirectionSchema, CallIdSchema } from './call-events';

/**
 * Who is on the phone (DOMAIN.md, "Who is on the phone"). What each may hear is decided in main:
 * member and representative on file: the record once verified; caregiver or family without authority:
 * general program information and the calculator only; pharmacy: the member's participation status;
 * prospect: program information, no member data.
 */
export const CallerKindSchema = z.enum(['member', 'representative', 'caregiver', 'pharmacy', 'prospect']);
export type CallerKind = z.infer<typeof CallerKindSchema>;

/** How much of a member's record main lets the renderer show for this caller. */
export const DisclosureSchema = z.enum([
  /** The whole record. */
  'full',
  /** The member's name only: the caller is not verified yet. */
  'name_only',
  /** General program information and the calculator; no member data beyond the name. */
  'general_information',
  /** A pharmacy: participation status and dates only. */
  'participation_only',
]);
export type Disclosure = z.infer<typeof DisclosureSchema>;

/** Free text a rep types about a call: never a card number (PCI DSS). */
export const InteractionTextSchema = (max: number) =>
  z
    .string()
    .max(max, `Keep it under ${max} characters.`)
    .refine((text) => !containsCardNumber(text), 'That looks like a card number. Never type card numbers into notes.');

export const NotesSchema = InteractionTextSchema(10_000);

/** A disposition code from the client's list (ClientRules.dispositions). */
export const DispositionCodeSchema = z.string().regex(/^[A-Z][A-Z0-9_]{1,39}$/);

/** One action taken during the call, with what the backend answered. */
export const InteractionActionSchema = z
  .object({
    kind: z.string().regex(/^[a-z][a-z-]{1,40}$/),
    at: IsoDateTimeSchema,
    memberId: MemberIdSchema,
    status: z.enum(['completed', 'pending_approval', 'refused']),
    confirmationNumber: ConfirmationNumberSchema.nullable(),
  })
  .strict();
export type InteractionAction = z.infer<typeof InteractionActionSchema>;

/** How the caller was verified: by the IVR, or by the rep matching identifiers. */
export const VerificationSchema = z
  .object({
    callerKind: CallerKindSchema,
    /** The representative on file the caller is (representative only). */
    representativeId: z.string().regex(/^[A-Z0-9-]{4,40}$/).nullable(),
    /** What the rep matched; never the values, only which identifiers. */
    matched: z.array(VerificationIdentifierSchema),
    method: z.enum(['ivr', 'rep']),
    at: IsoDateTimeSchema,
  })
  .strict();
export type Verification = z.infer<typeof VerificationSchema>;

/** The record the outbox sends when wrap-up is done (saveInteraction). */
export const InteractionRecordSchema = z
  .object({
    id: z.uuid(),
    callId: CallIdSchema.nullable(),
    direction: CallDirectionSchema,
    /** The caller's number in E.164, when known. */
    callerNumber: z.string().regex(/^\+[1-9]\d{6,14}$/).nullable(),
    memberId: MemberIdSchema.nullable(),
    verification: VerificationSchema.nullable(),
    ringAt: IsoDateTimeSchema.nullable(),
    answeredAt: IsoDateTimeSchema.nullable(),
    endedAt: IsoDateTimeSchema.nullable(),
    /** Handle time parts in whole seconds. */
    talkSeconds: z.number().int().min(0),
    holdSeconds: z.number().int().min(0),
    wrapUpSeconds: z.number().int().min(0),
    /** A call that hung up before it was answered. */
    isMissed: z.boolean(),
    notes: NotesSchema,
    summary: InteractionTextSchema(500),
    dispositionCode: DispositionCodeSchema.nullable(),
    actions: z.array(InteractionActionSchema).max(100),
  })
  .strict();
export type InteractionRecord = z.infer<typeof InteractionRecordSchema>;

/** The rep's state as reported to the backend (setAgentState). */
export const AgentStatusSchema = z
  .object({
    state: AgentStateSchema,
    awayReason: AwayReasonSchema.nullable(),
    since: IsoDateTimeSchema,
  })
  .strict();
export type AgentStatus = z.infer<typeof AgentStatusSchema>;
