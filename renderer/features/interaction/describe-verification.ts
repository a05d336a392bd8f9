/** The caller's verification in one sentence, as the form and the panel show it. */
import type { InteractionView } from '../../../shared/calls/call-views';
import { CALLER_KIND_LABELS } from './caller-words';

/** "Not verified yet: …", "Verified: the member, 2 identifiers matched.", "By the IVR: …". */
export function describeVerification(interaction: InteractionView): string {
  const { callerKind, matchedCount, requiredMatches, requiredMatchesForChanges, disclosure } = interaction;
  if (callerKind === null) {
    return `Not verified yet: only the member's name is shown.${requiredMatches ? ` Match at least ${requiredMatches} identifiers.` : ''}`;
  }
  const who = CALLER_KIND_LABELS[callerKind].toLowerCase();
  if (disclosure === 'general_information') return `Recorded: ${who}. General program information and the calculator only.`;
  if (disclosure === 'participation_only') return `Recorded: ${who}. Participation status and dates only.`;
  const how = matchedCount === 0 && callerKind === 'member' ? 'verified by the IVR' : `${matchedCount} identifiers matched`;
  const forChanges = requiredMatchesForChanges && matchedCount < requiredMatchesForChanges ? ` Payment method changes need ${requiredMatchesForChanges}.` : '';
  return `Verified: ${who}, ${how}.${forChanges}`;
}
