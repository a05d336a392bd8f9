/**
 * The audit trail: one append-only entry per thing a console user did at the backend (a route called,
 * signed in, a disclosure decided in the console), stamped by the backend with who and when, chained
 * by hash so an edited, removed or reordered entry is found. Entries never carry search keys, answers
 * to verification questions or card data: only who, what, which member, how it ended.
 */
import { z } from 'zod';
import { RoleSchema } from './session';
import { ClientIdSchema, ConfirmationNumberSchema, IsoDateTimeSchema, MemberIdSchema } from './primitives';

/** What the console reports itself (the backend cannot see these happen). */
export const AuditEventKindSchema = z.enum(['signed_in', 'signed_out', 'caller_verified', 'mbi_revealed', 'console_locked', 'console_unlocked']);
export type AuditEventKind = z.infer<typeof AuditEventKindSchema>;

/** A detail is short words for a person (how the caller was verified); never an answer or a search key. */
const AuditDetailSchema = z.string().trim().min(1).max(200, 'Keep an audit detail under 200 characters.');

/** The body of recordAuditEvent: the backend stamps who and when. */
export const AuditEventInputSchema = z
  .object({
    kind: AuditEventKindSchema,
    memberId: MemberIdSchema.optional(),
    detail: AuditDetailSchema.optional(),
  })
  .strict();
export type AuditEventInput = z.infer<typeof AuditEventInputSchema>;

/** One entry as the backend keeps it; `outcome` is `ok` or the refusal's error code. */
export const AuditEntrySchema = z.object({
  seq: z.number().int().min(1),
  at: IsoDateTimeSchema,
  /** The user id (for a failed sign-in, the user name typed when it is a well-formed one). */
  userId: z.string().min(1),
  userName: z.string().nullable(),
  role: RoleSchema.nullable(),
  /** The route's operationId or the console event's kind. */
  action: z.string().min(1),
  /** The action in words for a team lead, e.g. "Opted a member in". */
  actionName: z.string().min(1),
  memberId: z.string().nullable(),
  clientId: ClientIdSchema.nullable(),
  outcome: z.string().min(1),
  confirmationNumber: ConfirmationNumberSchema.nullable(),
  /** On whose authority: `member`, `representative <id>`, or who requested an approved change. */
  authority: z.string().nullable(),
  idempotencyKey: z.string().nullable(),
  /** How many results a search gave (never what was searched for). */
  resultCount: z.number().int().min(0).nullable(),
  detail: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

/** The most entries one page of a search answers. */
export const AUDIT_PAGE_LIMIT_MAX = 500;

const AuditFiltersShape = {
  memberId: MemberIdSchema.optional(),
  repId: z.string().trim().toLowerCase().pipe(z.string().regex(/^[a-z0-9][a-z0-9._-]{1,63}$/, 'A rep ID is letters, digits, dots, dashes or underscores, e.g. rep1.')).optional(),
  /** The first instant included (the screen sends the lead's local midnight of the first day). */
  from: IsoDateTimeSchema.optional(),
  /** Entries before this instant (the screen sends the local midnight after the last day). */
  to: IsoDateTimeSchema.optional(),
};

const isRangeInOrder = (q: { from?: string | undefined; to?: string | undefined }): boolean => q.from === undefined || q.to === undefined || Date.parse(q.from) < Date.parse(q.to);
const RANGE_MESSAGE = { message: 'The "to" date must be on or after the "from" date.', path: ['to'] };

/** What a lead filters by (every filter optional): the search form, and the CSV export of all matches. */
export const AuditFiltersSchema = z.object(AuditFiltersShape).strict().refine(isRangeInOrder, RANGE_MESSAGE);
export type AuditFilters = z.input<typeof AuditFiltersSchema>;

/** A team lead's search: the filters, newest first, `before` = the seq to page back from. */
export const AuditSearchQuerySchema = z
  .object({
    ...AuditFiltersShape,
    limit: z.number().int().min(1).max(AUDIT_PAGE_LIMIT_MAX).default(100),
    before: z.number().int().min(1).optional(),
  })
  .strict()
  .refine(isRangeInOrder, RANGE_MESSAGE);
export type AuditSearchQuery = z.input<typeof AuditSearchQuerySchema>;

/** One page of entries; `nextBefore` pages on (null when there are no older ones). */
export const AuditPageSchema = z.object({
  entries: z.array(AuditEntrySchema),
  nextBefore: z.number().int().min(1).nullable(),
});
export type AuditPage = z.infer<typeof AuditPageSchema>;

/** The CSV export of every entry matching the filters, built by main; the screen saves it as a file. */
export const AuditCsvExportSchema = z.object({
  fileName: z.string().regex(/^[A-Za-z0-9._-]+\.csv$/),
  csv: z.string(),
  count: z.number().int().min(0),
});
export type AuditCsvExport = z.infer<typeof AuditCsvExportSchema>;
