/**
 * The one vocabulary of calls. Every softphone driver (the local link, a launch hook, the backend's
 * CTI feed) turns what its phone system says into these events, and main's call model consumes only
 * them; commands go back the other way. The renderer never sees a driver's own protocol.
 */
import { z } from 'zod';
import { ProcessorTokenSchema } from '../domain/payment-changes';

/** The phone system's id for one call: printable ASCII, no spaces. */
export const CallIdSchema = z.string().regex(/^[\x21-\x7e]{1,128}$/, 'A call id is 1 to 128 printable characters without spaces.');

/** A value the phone system or IVR passes through: short, single-line, printable. */
const PassedText = (max: number) => z.string().max(max).regex(/^[^\u0000-\u001f\u007f]*$/, 'No control characters.');

/** What the IVR learned before the caller reached the rep. Identifiers are as keyed in: main checks them. */
export const IvrDataSchema = z
  .object({
    memberId: PassedText(40).optional(),
    mbi: PassedText(20).optional(),
    /** The IVR matched the caller's identifiers itself: the call arrives verified as the member. */
    isVerified: z.boolean().optional(),
    /** Why they called, as the IVR menu put it ("payment", "opt-out"). */
    intent: PassedText(80).optional(),
  })
  .strict();
export type IvrData = z.infer<typeof IvrDataSchema>;

export const CallDirectionSchema = z.enum(['inbound', 'outbound']);

export const CallInfoSchema = z
  .object({
    callId: CallIdSchema,
    /** The caller's number as the phone system gives it (any format); null when withheld. */
    ani: PassedText(40).nullable(),
    /** The number dialled (which plan's line): DNIS. */
    dialledNumber: PassedText(40).nullable(),
    direction: CallDirectionSchema,
    queue: PassedText(80).nullable(),
    agentExtension: PassedText(20).nullable(),
    ivr: IvrDataSchema.nullable(),
  })
  .strict();
export type CallInfo = z.infer<typeof CallInfoSchema>;

/** The fields a caller keys on the phone during secure capture; the console learns only counts. */
export const CaptureFieldSchema = z.enum(['card_number', 'expiry', 'security_code', 'postal_code']);

/** What secure keypad capture yields: the processor's token and what may be shown, never digits. */
export const CapturedCardSchema = z
  .object({
    token: ProcessorTokenSchema,
    brand: PassedText(40).pipe(z.string().min(1)),
    last4: z.string().regex(/^\d{4}$/),
    expMonth: z.number().int().min(1).max(12),
    expYear: z.number().int().min(2000).max(2100),
  })
  .strict();
export type CapturedCard = z.infer<typeof CapturedCardSchema>;

const callEvent = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.object({ type: z.literal(type), callId: CallIdSchema, ...shape }).strict();

/** Everything a driver may report about a call. */
export const CallEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ringing'), call: CallInfoSchema }).strict(),
  callEvent('connected', {}),
  callEvent('held', {}),
  callEvent('resumed', {}),
  callEvent('mute_changed', { isMuted: z.boolean() }),
  /** The call is over; `cause` is the phone system's word for why (NORMAL_CLEARING, NO_ANSWER, transferred…). */
  callEvent('ended', { cause: PassedText(64).optional() }),
  callEvent('recording_changed', { isRecording: z.boolean() }),
  callEvent('secure_capture', {
    captureId: CallIdSchema,
    status: z.enum(['started', 'progress', 'completed', 'failed', 'cancelled']),
    /** Which field the caller is keying and how many digits so far (progress only). */
    field: CaptureFieldSchema.optional(),
    digitsEntered: z.number().int().min(0).max(32).optional(),
    /** The processor's answer (completed only). */
    card: CapturedCardSchema.optional(),
    /** Why it failed, in words a rep can read (failed only). */
    reason: PassedText(200).optional(),
  }),
]);
export type CallEvent = z.infer<typeof CallEventSchema>;

/** The rep's own state, reported to the backend for the floor board. */
export const AgentStateSchema = z.enum(['available', 'on_call', 'wrap_up', 'away', 'offline']);
export type AgentState = z.infer<typeof AgentStateSchema>;

/** Why a rep is away, from a fixed list the floor board groups by. */
export const AwayReasonSchema = z.enum(['break', 'lunch', 'meeting', 'training', 'coaching', 'other']);
export type AwayReason = z.infer<typeof AwayReasonSchema>;

const command = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.object({ type: z.literal(type), callId: CallIdSchema, ...shape }).strict();

/** What main asks the phone system to do. */
export const CallCommandSchema = z.discriminatedUnion('type', [
  command('answer', {}),
  command('hold', {}),
  command('resume', {}),
  command('mute', { isMuted: z.boolean() }),
  command('transfer', { target: PassedText(40).pipe(z.string().min(1)) }),
  command('hang_up', {}),
  command('pause_recording', {}),
  command('resume_recording', {}),
  command('start_secure_capture', { captureId: CallIdSchema }),
  command('stop_secure_capture', { captureId: CallIdSchema }),
  z.object({ type: z.literal('set_agent_state'), state: AgentStateSchema, awayReason: AwayReasonSchema.optional() }).strict(),
]);
export type CallCommand = z.infer<typeof CallCommandSchema>;
