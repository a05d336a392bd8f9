/**
 * Who authorised a participation change: the member, or a representative on file whose authority is
 * current. Expired representatives stay listed, disabled, with the date, so the rep can say why.
 */
import { z } from 'zod';
import type { MemberProfile } from '../../../shared/domain/member-profile';
import type { AuthorizedBy } from '../../../shared/domain/participation-changes';
import type { Representative } from '../../../shared/domain/representatives';
import { formatIsoDate } from '../../../shared/lib/dates';
import type { RadioOption } from '../../ui/radio-group-field';

/** The form value for the member themself; a representative's form value is their id. */
export const MEMBER = 'member';

const KIND_WORDS = { appointed: 'appointed representative', personal: 'personal representative' } as const;

/** A representative's authority lapses after `expiresOn` (valid through that day). */
export function isRepresentativeCurrent(representative: Representative, asOf: string): boolean {
  return representative.expiresOn === null || representative.expiresOn >= asOf;
}

/** "Dana Carter (daughter, appointed representative)". */
function describeRepresentative(representative: Representative): string {
  return `${representative.name} (${representative.relationship.toLowerCase()}, ${KIND_WORDS[representative.kind]})`;
}

/** The radio options: the member first (the default), then each representative on file. */
export function authorisedByOptions(profile: MemberProfile): RadioOption[] {
  const representatives = profile.representatives.map((representative) => {
    const isCurrent = isRepresentativeCurrent(representative, profile.asOf);
    const until = representative.expiresOn ? `, valid through ${formatIsoDate(representative.expiresOn)}` : '';
    return {
      value: representative.id,
      label: describeRepresentative(representative),
      hint: isCurrent
        ? `${representative.document}${until}`
        : `Can't authorise changes: the ${representative.document} expired after ${formatIsoDate(representative.expiresOn ?? profile.asOf)}.`,
      isDisabled: !isCurrent,
    };
  });
  return [{ value: MEMBER, label: 'The member' }, ...representatives];
}

/** The form value → the contract's AuthorizedBy, refusing anyone not on file or no longer current. */
export function authorisedBySchema(profile: MemberProfile) {
  return z
    .string({ error: 'Choose who authorised this.' })
    .refine(
      (value) => value === MEMBER || profile.representatives.some((r) => r.id === value && isRepresentativeCurrent(r, profile.asOf)),
      'Choose the member or a representative whose authority is current.',
    )
    .transform((value): AuthorizedBy => (value === MEMBER ? { kind: 'member' } : { kind: 'representative', representativeId: value }));
}

/** How the summary names the authority: "the member" or the representative's description. */
export function describeAuthority(profile: MemberProfile, authorizedBy: AuthorizedBy): string {
  if (authorizedBy.kind === 'member') return 'the member';
  const representative = profile.representatives.find((r) => r.id === authorizedBy.representativeId);
  return representative ? describeRepresentative(representative) : 'a representative on file';
}
