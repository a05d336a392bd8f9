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
  address: 'Address: street number and ZIP',
  phone: 'Phone on file',
};

/** How each identifier is named inside a sentence ("date of birth did not match"). */
export const IDENTIFIER_WORDS: Record<VerificationIdentifier, string> = {
  full_name: 'full name',
  date_of_birth: 'date of birth',
  member_id: 'member ID',
  mbi: 'MBI',
  address: 'address',
  phone: 'phone number',
};

/** What the rep may type, under the field: main reads these forms. */
export const IDENTIFIER_HINTS: Partial<Record<VerificationIdentifier, string>> = {
  full_name: 'First and last name, as the caller says it.',
  date_of_birth: 'M/D/YYYY or YYYY-MM-DD.',
  address: 'For example 1207 55102: the house number and the ZIP code.',
};

/** Every identifier, for when the client's own list is not loaded yet (main checks it either way). */
export const ALL_IDENTIFIERS = Object.keys(IDENTIFIER_LABELS) as VerificationIdentifier[];
