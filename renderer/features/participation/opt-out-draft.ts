/**
 * The opt-out form's draft: no reason chosen (the rep must ask), by phone, today, the member; an
 * optional note. The schema turns it into the contract's OptOutRequest, whose note check refuses
 * card numbers (PCI DSS).
 */
import { z } from 'zod';
import type { ClientRules } from '../../../shared/domain/client-rules';
import type { MemberProfile } from '../../../shared/domain/member-profile';
import { OptInChannelSchema, type OptInChannel } from '../../../shared/domain/participation';
import { OptOutRequestSchema } from '../../../shared/domain/participation-changes';
import { authorisedBySchema, MEMBER } from './authorised-by';
import { requestDateSchema } from './request-details';

/** The form's values, as the fields hold them. */
export interface OptOutDraft {
  /** Null until the rep picks one: there is no sensible default reason. */
  readonly reasonCode: string | null;
  readonly channel: OptInChannel;
  readonly requestedOn: string;
  readonly authorizedBy: string;
  readonly note: string;
}

/** The defaults: everything but the reason. */
export function optOutDefaults(profile: MemberProfile): OptOutDraft {
  return { reasonCode: null, channel: 'phone', requestedOn: profile.asOf, authorizedBy: MEMBER, note: '' };
}

/** Draft → OptOutRequest, accepting only the client's reason codes. */
export function buildOptOutSchema(profile: MemberProfile, rules: ClientRules | null) {
  const codes = new Set(rules?.optOutReasons.map((reason) => reason.code) ?? []);
  return z
    .object({
      reasonCode: z
        .string()
        .nullable()
        .refine((code): code is string => code !== null && codes.has(code), 'Choose why the member is opting out.'),
      channel: OptInChannelSchema,
      requestedOn: requestDateSchema(profile.asOf),
      authorizedBy: authorisedBySchema(profile),
      note: z.string(),
    })
    // An empty note is no note; the shared schema then checks what is left (length, card numbers).
    .transform(({ note, ...request }) => (note.trim() === '' ? request : { ...request, note }))
    .pipe(OptOutRequestSchema);
}
