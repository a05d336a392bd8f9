/**
 * The call's side of the screen: the rep's state, and during a call who is calling (verification),
 * the notes (autosaved), what was done, and wrap-up after hang-up. Everything here is what main said.
 */
import type { InteractionView } from '../../../shared/calls/call-views';
import { useConsoleStore } from '../../state/use-console-store';
import { formatMemberName } from '../member/format-member-name';
import { AgentStateSelect } from './agent-state-select';
import { CallerVerificationForm } from './caller-verification-form';
import { describeVerification } from './describe-verification';
import { isVerificationInMemberArea } from './is-verification-in-member-area';
import { useNotesAutosave } from './use-notes-autosave';
import { NotesEditor } from './notes-editor';
import { WrapUpForm } from './wrap-up-form';

/** Renders the complementary landmark beside the member. */
export function InteractionPanel() {
  const interaction = useConsoleStore((state) => state.interaction);
  return (
    <aside className="interaction-panel" aria-label="Call and caller">
      <AgentStateSelect />
      {interaction ? (
        // Keyed by interaction: the next caller never inherits this one's notes or ticks.
        <InteractionDetails key={interaction.id} interaction={interaction} />
      ) : (
        <p className="muted">No call in progress. Notes and caller verification appear here when a call rings.</p>
      )}
    </aside>
  );
}

function InteractionDetails({ interaction }: { readonly interaction: InteractionView }) {
  const notes = useNotesAutosave(interaction);
  const isFormInMemberArea = useConsoleStore(isVerificationInMemberArea);
  const openMember = useConsoleStore((state) => state.memberView?.member ?? null);
  const accepted = useConsoleStore((state) => (openMember ? (state.clientRules[openMember.clientId]?.verification.accepted ?? null) : null));
  const identifyCallMember = useConsoleStore((state) => state.identifyCallMember);
  const isOtherMemberOpen = openMember !== null && openMember.memberId !== interaction.memberId;

  return (
    <div className="interaction-details">
      <h2 className="panel-title">{interaction.phase === 'wrap_up' ? 'Call ended: wrap-up' : 'Call in progress'}</h2>
      {isOtherMemberOpen ? (
        <div className="interaction-member-switch">
          <p>{interaction.memberId ? `This call is about member ${interaction.memberId}.` : 'This call is not about a member yet.'}</p>
          <button type="button" className="button" onClick={() => void identifyCallMember(openMember.memberId)}>
            This call is about {formatMemberName(openMember, 'heading')}
          </button>
        </div>
      ) : null}
      {isFormInMemberArea ? (
        <p className="verification-status">{describeVerification(interaction)}</p>
      ) : (
        <CallerVerificationForm key={interaction.memberId ?? 'none'} interaction={interaction} accepted={isOtherMemberOpen ? null : accepted} headingLevel={3} />
      )}
      <NotesEditor notes={notes} />
      {interaction.actions.length > 0 ? (
        <section aria-label="Done during this call">
          <h3>Done during this call</h3>
          <ul className="interaction-actions">
            {interaction.actions.map((action) => (
              <li key={`${action.kind}-${action.at}`}>
                {action.kind.replaceAll('-', ' ')} · {action.status.replaceAll('_', ' ')}
                {action.confirmationNumber ? ` · ${action.confirmationNumber}` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {interaction.phase === 'wrap_up' ? <WrapUpForm interaction={interaction} notes={notes} /> : null}
    </div>
  );
}
