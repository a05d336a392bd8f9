/**
 * How much of a member's record this caller may hear (DOMAIN.md, "Who is on the phone"). The one rule
 * every member view main sends goes through (ADR 10); the renderer never decides it.
 */
import type { Disclosure, Verification } from '../../shared/calls/interaction';

/** What the decision needs: the interaction (null between calls), whose record, and IT's rule for no call. */
export interface DisclosureInput {
  readonly interaction: { readonly memberId: string | null; readonly verification: Verification | null } | null;
  readonly memberId: string;
  /** What a rep sees with no caller on the line (back-office work): policy `interactions.disclosureWithoutCall`. */
  readonly withoutCall: 'full' | 'name_only';
}

/** Decides the disclosure; a verification counts only for the member the call is about. */
export function decideDisclosure({ interaction, memberId, withoutCall }: DisclosureInput): Disclosure {
  if (!interaction) return withoutCall;
  const { verification } = interaction;
  if (interaction.memberId !== memberId || !verification) return 'name_only';
  switch (verification.callerKind) {
    case 'member':
    case 'representative':
      // Checked when recorded: enough identifiers matched, and the representative is on file and current.
      return 'full';
    case 'pharmacy':
      return 'participation_only';
    case 'caregiver':
    case 'prospect':
      return 'general_information';
  }
}
