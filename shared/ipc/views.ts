/** Shapes main sends to the renderer that wrap domain objects with where and when they came from. */
import { z } from 'zod';
import { DisclosureSchema } from '../calls/interaction';
import { ProcessorTokenResultSchema } from '../api/processor-routes';
import { ClientSchema } from '../domain/client';
import { MemberSchema, MemberSummarySchema } from '../domain/member';
import { MemberProfileSchema } from '../domain/member-profile';
import { ParticipationSchema } from '../domain/participation';
import { ConfirmationNumberSchema, IsoDateTimeSchema, MbiSchema, MemberIdSchema } from '../domain/primitives';

export const DataSourceSchema = z.enum(['backend', 'cache']);

/** The MBI as every view carries it: the last four characters, the rest masked; the whole one only through `members:reveal-mbi`. */
export const MaskedMbiSchema = z.string().regex(/^•{7}[A-Z0-9]{4}$/);

/** The whole record as main sends it to a screen: everything, except that the MBI is masked. */
export const DisclosedProfileSchema = MemberProfileSchema.extend({ member: MemberSchema.extend({ mbi: MaskedMbiSchema }) });

/** Who a view is about: sent whatever the caller may hear, so the rep knows whose record is (or is not) open. */
export const MemberNameSchema = MemberSchema.pick({ memberId: true, clientId: true, firstName: true, middleInitial: true, lastName: true });
export type MemberName = z.infer<typeof MemberNameSchema>;

/** What a pharmacy may hear: whether the member is in the payment plan, and from and until when. */
export const ParticipationDatesSchema = ParticipationSchema.pick({ status: true, planYear: true, effectiveOn: true, endsOn: true });
export type ParticipationDates = z.infer<typeof ParticipationDatesSchema>;

/**
 * A member as main lets the screen show them to this caller, plus its freshness. Main decides the
 * disclosure (ADR 10); the renderer shows what it is given: the whole record only when `full`, the
 * participation dates only when `participation_only`, and otherwise nothing beyond the name.
 */
export const MemberProfileViewSchema = z
  .object({
    disclosure: DisclosureSchema,
    member: MemberNameSchema,
    client: ClientSchema,
    /** Present exactly when `disclosure` is `full`. */
    profile: DisclosedProfileSchema.nullable(),
    /** Present exactly when `disclosure` is `participation_only`. */
    participation: ParticipationDatesSchema.nullable(),
    source: DataSourceSchema,
    fetchedAt: IsoDateTimeSchema,
    /** True while main is fetching a newer copy (stale-while-revalidate). */
    isRefreshing: z.boolean(),
  })
  .refine((view) => (view.profile !== null) === (view.disclosure === 'full'), 'A member view carries the whole record exactly when it is fully disclosed.')
  .refine((view) => (view.participation !== null) === (view.disclosure === 'participation_only'), 'Only a pharmacy view carries the participation dates alone.');
export type MemberProfileView = z.infer<typeof MemberProfileViewSchema>;

/** The whole MBI of one member, asked for on purpose and audited (`members:reveal-mbi`). */
export const RevealedMbiSchema = z.object({ memberId: MemberIdSchema, mbi: MbiSchema });
export type RevealedMbi = z.infer<typeof RevealedMbiSchema>;

/** A recent lookup as main's cache keeps it (with the summary it was found by); never sent as is. */
export const RecentMemberSchema = z.object({
  summary: MemberSummarySchema,
  client: ClientSchema,
  fetchedAt: IsoDateTimeSchema,
  lastOpenedAt: IsoDateTimeSchema,
});
export type RecentMember = z.infer<typeof RecentMemberSchema>;

/**
 * A recent lookup as the list shows it: who, whose member, how old the cached copy is. No date of
 * birth, MBI or phone: the list is on screen whoever is calling, so it carries nothing to disclose.
 */
export const RecentLookupSchema = z.object({
  member: MemberSummarySchema.pick({ memberId: true, clientId: true, firstName: true, lastName: true }),
  client: ClientSchema,
  fetchedAt: IsoDateTimeSchema,
  lastOpenedAt: IsoDateTimeSchema,
});
export type RecentLookup = z.infer<typeof RecentLookupSchema>;

export const SearchResultSchema = z.object({
  /** The MBI masked as in every view (ADR 10): searching by a whole MBI still works, the rep typed it. */
  summary: MemberSummarySchema.extend({ mbi: MaskedMbiSchema }),
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

/** What the sign-in screen offers: IT's OpenID provider (single sign-on), or the backend's password form when none is set. */
export const SignInOptionsSchema = z.object({
  provider: z.object({ issuer: z.string() }).nullable(),
  isPasswordAllowed: z.boolean(),
});
export type SignInOptions = z.infer<typeof SignInOptionsSchema>;

/**
 * The web host's way to open the system browser: main asks the page (in a browser, that *is* the system
 * browser) to open the provider's sign-in or sign-out page. The Electron host uses shell.openExternal instead.
 */
export const OpenExternalSchema = z.object({ url: z.url({ protocol: /^https?$/ }) });
export type OpenExternal = z.infer<typeof OpenExternalSchema>;

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

/**
 * What the payment processor made of the card or bank details the rep typed: a token with the only
 * facts anyone keeps (brand, last four, expiry), or a refusal with a stable code naming the field
 * (CARD_NUMBER_INVALID, CARD_EXPIRED…). A refusal is data: nothing was saved or charged.
 */
export const TokenizeOutcomeSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('tokenized'), method: ProcessorTokenResultSchema }),
  z.object({ status: z.literal('refused'), code: z.string().min(1), message: z.string().min(1) }),
]);
export type TokenizeOutcome = z.infer<typeof TokenizeOutcomeSchema>;

/**
 * Whether the console is locked (idle, or the rep asked) and since when. While it is, main refuses
 * member reads and changes and the screen hides everything behind the lock screen; `unlockMethod` says
 * how the rep proves it is still them: the identity provider again, or the sandbox password.
 */
export const LockStateSchema = z
  .object({
    isLocked: z.boolean(),
    lockedAt: IsoDateTimeSchema.nullable(),
    reason: z.enum(['idle', 'manual']).nullable(),
    unlockMethod: z.enum(['password', 'provider']),
  })
  .refine((state) => (state.lockedAt !== null) === state.isLocked && (state.reason !== null) === state.isLocked, 'A lock carries its time and reason exactly while it is locked.');
export type LockState = z.infer<typeof LockStateSchema>;

/** How the rep unlocks: the password of the signed-in user (no identity provider configured), or the provider again. */
export const UnlockInputSchema = z.discriminatedUnion('method', [
  z.object({ method: z.literal('password'), password: z.string().min(1, 'Enter your password.').max(256) }).strict(),
  z.object({ method: z.literal('provider') }).strict(),
]);
export type UnlockInput = z.infer<typeof UnlockInputSchema>;

/**
 * Where the console's own update stands (main/updates/): off by policy, looking, downloading, or ready
 * to install at sign-out. `reason` says why nothing is happening (deferred, pinned, feed down) for IT.
 */
export const UpdateStateSchema = z.object({
  status: z.enum(['off', 'idle', 'checking', 'downloading', 'ready', 'error']),
  /** The version found, downloading or ready. */
  version: z.string().min(1).optional(),
  reason: z.string().min(1).optional(),
});
export type UpdateState = z.infer<typeof UpdateStateSchema>;

/** Why "Install update and restart" did not restart now: a call is up, or nothing is ready. Null: it is installing (or will when the download finishes). */
export const UpdateInstallRefusalSchema = z.object({
  code: z.enum(['CALL_IN_PROGRESS', 'NO_UPDATE_READY']),
  message: z.string().min(1),
});
export type UpdateInstallRefusal = z.infer<typeof UpdateInstallRefusalSchema>;

/** Where "Export diagnostics" wrote its archive (a path on this desktop or IT's share), for the rep to pass on. */
export const DiagnosticsExportSchema = z.object({
  path: z.string().min(1),
  sizeBytes: z.number().int().nonnegative(),
  fileCount: z.number().int().positive(),
});
export type DiagnosticsExport = z.infer<typeof DiagnosticsExportSchema>;
