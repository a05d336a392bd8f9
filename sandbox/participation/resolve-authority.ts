/**
 * Turns the authority a change names into the words its history records: the member, or a
 * representative on file whose authority has not lapsed. Anyone else cannot authorise a change.
 */
import type { AuthorizedBy } from '../../shared/domain/participation-changes';
import type { Representative } from '../../shared/domain/representatives';
import { SandboxApiError } from '../server/sandbox-api-error';

const KIND_LABEL: Readonly<Record<Representative['kind'], string>> = { appointed: 'appointed representative', personal: 'personal representative' };

/** "Member" or "Dana Carter (appointed representative)"; throws 422 REPRESENTATIVE_NOT_ON_FILE otherwise. */
export function resolveAuthority(authorizedBy: AuthorizedBy, representatives: readonly Representative[], asOf: string): string {
  if (authorizedBy.kind === 'member') return 'Member';
  const representative = representatives.find((r) => r.id === authorizedBy.representativeId);
  if (!representative) {
    throw new SandboxApiError(422, 'REPRESENTATIVE_NOT_ON_FILE', 'That representative is not on file for this member. Take the request from the member, or ask for the representative documents first.');
  }
  // expiresOn is the day the authority lapses (a CMS-1696 a year after signing).
  if (representative.expiresOn !== null && representative.expiresOn <= asOf) {
    throw new SandboxApiError(422, 'REPRESENTATIVE_NOT_ON_FILE', "That representative's authority has expired. A new appointment form is needed before they can make changes.");
  }
  return `${representative.name} (${KIND_LABEL[representative.kind]})`;
}
