/**
 * Where the verification form is on screen: in the member area while the member this call is about is
 * shown by name only (the form is what unlocks the record), else in the interaction panel. One place
 * at a time, so Alt+V and a screen reader always find one form.
 */
import type { ConsoleState } from '../../state/console-state';

/** True when the member area shows the form. */
export function isVerificationInMemberArea(state: Pick<ConsoleState, 'interaction' | 'memberView'>): boolean {
  const { interaction, memberView } = state;
  return interaction !== null && memberView !== null && memberView.member.memberId === interaction.memberId && memberView.disclosure === 'name_only';
}
