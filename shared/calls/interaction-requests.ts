/**
 * What the screens may ask main about the interaction with the caller. To verify, the rep types what
 * the caller answers; main compares each answer with the member's record and says which matched, never
 * the record's values, and never keeps or logs the answers (PHI), so no screen can talk main into
 * disclosing more (ADR 10).
 */
import { z } from 'zod';
import { VerificationIdentifierSchema } from '../domain/client-rules';
import { MemberIdSchema } from '../domain/primitives';
import { AwayReasonSchema } from './call-events';
import { CallerKindSchema, DispositionCodeSchema, InteractionTextSchema, NotesSchema } from './interaction';

/** One answer as the caller gave it and the rep typed it (a screen leaves unasked identifiers out). */
const AnswerSchema = z.string().trim().min(1, 'Leave a field empty rather than typing spaces.').max(100, 'Keep each answer under 100 characters.');

/** The caller's answers per identifier; main compares them with the record. */
export const VerificationAnswersSchema = z.partialRecord(VerificationIdentifierSchema, AnswerSchema);
export type VerificationAnswers = z.infer<typeof VerificationAnswersSchema>;

/** Who is calling and, for the member or a representative, what they answered. */
export const VerifyCallerInputSchema = z
  .object({
    callerKind: CallerKindSchema,
    /** Which representative on file is calling (required for a representative, refused otherwise). */
    representativeId: z.string().regex(/^[A-Z0-9-]{4,40}$/).optional(),
    answers: VerificationAnswersSchema,
  })
  .strict()
  .refine((input) => (input.callerKind === 'representative') === (input.representativeId !== undefined), {
    message: 'Pick which representative on file is calling.',
    path: ['representativeId'],
  })
  .refine((input) => (input.callerKind === 'member' || input.callerKind === 'representative') === Object.keys(input.answers).length > 0, {
    message: 'Type what the caller answered (the member or a representative only; nobody else is asked).',
    path: ['answers'],
  });
export type VerifyCallerInput = z.infer<typeof VerifyCallerInputSchema>;

/** The notes typed so far (autosaved): never a card number. */
export const SaveNotesInputSchema = z.object({ interactionId: z.uuid(), notes: NotesSchema }).strict();

/** How the call ended, in the client's words, and what the rep says happened. */
export const FinishWrapUpInputSchema = z
  .object({ interactionId: z.uuid(), dispositionCode: DispositionCodeSchema, summary: InteractionTextSchema(500).pipe(z.string().trim().min(1, 'Write a short summary of the call.')) })
  .strict();

/** The states a rep may choose; on a call and wrap-up follow from the call, offline from signing out. */
export const AgentChoiceSchema = z
  .object({ state: z.enum(['available', 'away']), awayReason: AwayReasonSchema.optional() })
  .strict()
  .refine((input) => (input.state === 'away') === (input.awayReason !== undefined), { message: 'Say why you are away (and only when away).', path: ['awayReason'] });
export type AgentChoice = z.infer<typeof AgentChoiceSchema>;

export const IdentifyMemberInputSchema = z.object({ memberId: MemberIdSchema }).strict();
