/**
 * The opt-in form's draft: its defaults (the member, by phone, today, the first plan year they can
 * join) and the schema that turns it into the contract's OptInRequest, with messages a rep can act on.
 */
import { z } from 'zod';
import type { ClientRules } from '../../../shared/domain/client-rules';
import type { MemberProfile } from '../../../shared/domain/member-profile';
import { OptInChannelSchema, type OptInChannel, type OptInEligibility } from '../../../shared/domain/participation';
import { OptInRequestSchema } from '../../../shared/domain/participation-changes';
import { authorisedBySchema, MEMBER } from './authorised-by';
import { requestDateSchema } from './request-details';

/** The form's values, as the fields hold them (radios and date inputs hold strings). */
export interface OptInDraft {
  readonly authorizedBy: string;
  readonly channel: OptInChannel;
  readonly requestedOn: string;
  readonly planYear: string;
}

/** The plan years the member can join now, as the backend said. */
export function eligibleYears(profile: MemberProfile): OptInEligibility[] {
  return profile.participation.optInEligibility.filter((entry) => entry.isEligible);
}

/** Defaults that make the common call three key presses. */
export function optInDefaults(profile: MemberProfile): OptInDraft {
  return { authorizedBy: MEMBER, channel: 'phone', requestedOn: profile.asOf, planYear: String(eligibleYears(profile)[0]?.planYear ?? '') };
}

/** Draft → OptInRequest; the shared schema has the last word on the shape main receives. */
export function buildOptInSchema(profile: MemberProfile) {
  const years = new Set(eligibleYears(profile).map((entry) => String(entry.planYear)));
  return z
    .object({
      authorizedBy: authorisedBySchema(profile),
      channel: OptInChannelSchema,
      requestedOn: requestDateSchema(profile.asOf),
      planYear: z
        .string()
        .refine((year) => years.has(year), 'Choose a plan year the member can join.')
        .transform(Number),
    })
    .pipe(OptInRequestSchema);
}

/**
 * The effective date the rules give: the backend's date for the plan year, except an urgent
 * pharmacy request under a client rule that makes it effective on the visit (request) date.
 */
export function effectiveDateFor(eligibility: OptInEligibility | undefined, channel: string, requestedOn: string, rules: ClientRules | null): string | null {
  if (!eligibility?.effectiveOn) return null;
  const isUrgentOnVisit = channel === 'point_of_sale' && rules?.urgentRequestEffective === 'request_date';
  if (isUrgentOnVisit && requestedOn.startsWith(`${eligibility.planYear}-`)) return requestedOn;
  return eligibility.effectiveOn;
}
