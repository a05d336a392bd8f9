/** The caller's verification in one sentence, as the form and the panel show it. */
import type { InteractionView } from '../../../shared/calls/call-views';
import { CALLER_KIND_LABELS, IDENTIFIER_WORDS } from './caller-words';

/** "date of birth and MBI did not match." (empty when everything matched). */
function describeMisses(interaction: InteractionView): string {
  const missed = interaction.lastCheck?.notMatched ?? [];
  if (missed.length === 0) return '';
  const words = missed.map((identifier) => IDENTIFIER_WORDS[identifier]);
  const list = words.length === 1 ? words[0] : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
  return ` ${list} did not match.`;
}

/** "Not verified: 1 of 2 answers matched; …", "Verified: the member, 2 identifiers matched.", "Verification locked …". */
export function describeVerification(interaction: InteractionView): string {
  const { callerKind, matchedCount, requiredMatches, requiredMatchesForChanges, disclosure, lastCheck, attemptsLeft, isVerificationLocked } = interaction;
  const locked = isVerificationLocked ? ' Verification is locked for this call after 3 failed attempts: escalate to your team lead.' : '';
  if (callerKind === null) {
    if (lastCheck) {
      const tried = lastCheck.matched.length + lastCheck.notMatched.length;
      const left = isVerificationLocked ? locked : ` ${attemptsLeft} ${attemptsLeft === 1 ? 'attempt' : 'attempts'} left.`;
      return `Not verified: ${lastCheck.matched.length} of ${tried} answers matched;${describeMisses(interaction)}${left}`;
    }
    return `Not verified yet: only the member's name is shown.${requiredMatches ? ` Ask for at least ${requiredMatches} identifiers.` : ''}${locked}`;
  }
  const who = CALLER_KIND_LABELS[callerKind].toLowerCase();
  if (disclosure === 'general_information') return `Recorded: ${who}. General program information and the calculator only.`;
  if (disclosure === 'participation_only') return `Recorded: ${who}. Participation status and dates only.`;
  const how = matchedCount === 0 && callerKind === 'member' ? 'verified by the IVR' : `${matchedCount} identifiers matched`;
  const forChanges = requiredMatchesForChanges && matchedCount < requiredMatchesForChanges ? ` Payment method changes need ${requiredMatchesForChanges}.` : '';
  const misses = describeMisses(interaction);
  return `Verified: ${who}, ${how}.${misses ? ` Last check:${misses}` : ''}${forChanges}${locked}`;
}
