/** Shapes main sends to the renderer that wrap domain objects with where and when they came from. */
import { z } from 'zod';
import { ClientSchema } from '../domain/client';
import { MemberSummarySchema } from '../domain/member';
import { MemberProfileSchema } from '../domain/member-profile';
import { ConfirmationNumberSchema, IsoDateTimeSchema } from '../domain/primitives';

export const DataSourceSchema = z.enum(['backend', 'cache']);

/** A member record plus its freshness, so the rep always sees how old the data is. */
export const MemberProfileViewSchema = z.object({
  profile: MemberProfileSchema,
  source: DataSourceSchema,
  fetchedAt: IsoDateTimeSchema,
  /** True while main is fetching a newer copy (stale-while-revalidate). */
  isRefreshing: z.boolean(),
});
export type MemberProfileView = z.infer<typeof MemberProfileViewSchema>;

export const RecentMemberSchema = z.object({
  summary: MemberSummarySchema,
  client: ClientSchema,
  fetchedAt: IsoDateTimeSchema,
  lastOpenedAt: IsoDateTimeSchema,
});
export type RecentMember = z.infer<typeof RecentMemberSchema>;

export const SearchResultSchema = z.object({
  summary: MemberSummarySchema,
  client: ClientSchema,
});
export type SearchResult = z.infer<typeof SearchResultSchema>;

export const ConnectionStateSchema = z.object({
  isOnline: z.boolean(),
  /** Where the console sends requests (shown to IT in the status bar). */
  backendUrl: z.string(),
  checkedAt: IsoDateTimeSchema,
  /** What the rep should know when offline; null when online. */
  message: z.string().nullable(),
});
export type ConnectionState = z.infer<typeof ConnectionStateSchema>;

export const AppStatusSchema = z.object({
  version: z.string(),
  host: z.enum(['electron', 'web']),
  connection: ConnectionStateSchema,
  /** The backend said it is the sandbox (its sign-in hint may show); false for a real backend or before it answered. */
  isSandboxBackend: z.boolean(),
});
export type AppStatus = z.infer<typeof AppStatusSchema>;

/** Main ended the session (the backend refused the token, or it expired): the renderer returns to sign-in. */
export const SessionEndedSchema = z.object({
  message: z.string(),
});
export type SessionEnded = z.infer<typeof SessionEndedSchema>;

export const MemberRefreshFailedSchema = z.object({
  memberId: z.string(),
  message: z.string(),
});

/**
 * How a rep action that changes a record ended: done, saved for a team lead, or refused for a business
 * reason with a stable code the UI acts on (never an error: nothing broke). Failures to reach the
 * backend are errors instead, and the same action may be sent again.
 */
export const ChangeOutcomeSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('completed'), confirmationNumber: ConfirmationNumberSchema }),
  z.object({ status: z.literal('pending_approval'), confirmationNumber: ConfirmationNumberSchema, approvalId: z.string().min(1) }),
  z.object({ status: z.literal('refused'), code: z.string().min(1), message: z.string().min(1) }),
]);
export type ChangeOutcome = z.infer<typeof ChangeOutcomeSchema>;

/** One rep action's outcome and, when it changed the record, the member as it is now. */
export const ChangeViewSchema = z.object({
  actionId: z.uuid(),
  outcome: ChangeOutcomeSchema,
  view: MemberProfileViewSchema.nullable(),
});
export type ChangeView = z.infer<typeof ChangeViewSchema>;
