/** The words the screens use for callers and identifiers, the same in the form, the status line and the member area. */
import type { CallerKind } from '../../../shared/calls/interaction';
import type { VerificationIdentifierSchema } from '../../../shared/domain/client-rules';
import type { z } from 'zod';

/** One identifier a client may accept. */
export type VerificationIdentifier = z.infer<typeof VerificationIdentifierSchema>;

/** Who may be on the phone, as the rep picks it (DOMAIN.md, "Who is on the phone"). */
export const CALLER_KIND_LABELS: Record<CallerKind, string> = {
  member: 'The member',
  representative: 'A representative on file',
  caregiver: 'A caregiver or family member without authority',
  pharmacy: 'A pharmacy',
  prospect: 'Someone who is not a member yet',
};

/** The identifiers, in the order a rep usually asks for them. */
export const IDENTIFIER_LABELS: Record<VerificationIdentifier, string> = {
  full_name: 'Full name',
  date_of_birth: 'Date of birth',
  member_id: 'Member ID',
  mbi: 'MBI',
  address: 'Address on file',
  phone: 'Phone on file',
};

/** Every identifier, for when the client's own list is not loaded yet (main checks it either way). */
export const ALL_IDENTIFIERS = Object.keys(IDENTIFIER_LABELS) as VerificationIdentifier[];
