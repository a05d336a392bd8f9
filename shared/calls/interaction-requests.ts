/**
 * What the screens may ask main about the interaction with the caller. The rep says which identifiers
 * matched, never their values: main checks the count against the client's rules and the representative
 * against the record, so no screen can talk main into disclosing more (ADR 10).
 */
import { z } from 'zod';
import { VerificationIdentifierSchema } from '../domain/client-rules';
import { MemberIdSchema } from '../domain/primitives';
import { AwayReasonSchema } from './call-events';
import { CallerKindSchema, DispositionCodeSchema, InteractionTextSchema, NotesSchema } from './interaction';

/** The rep checked the caller: who they are and which identifiers matched the record. */
export const VerifyCallerInputSchema = z
  .object({
    callerKind: CallerKindSchema,
    /** Which representative on file is calling (required for a representative, refused otherwise). */
    representativeId: z.string().regex(/^[A-Z0-9-]{4,40}$/).optional(),
    matched: z.array(VerificationIdentifierSchema).max(6).refine((list) => new Set(list).size === list.length, 'Tick each identifier once.'),
  })
  .strict()
  .refine((input) => (input.callerKind === 'representative') === (input.representativeId !== undefined), {
    message: 'Pick which representative on file is calling.',
    path: ['representativeId'],
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
