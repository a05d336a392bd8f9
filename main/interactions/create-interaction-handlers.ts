/**
 * The interaction area's handlers: the interaction in progress, verifying the caller, notes, wrap-up,
 * the rep's own state, and revealing a whole MBI, which is a disclosure of its own: allowed only when
 * the record is, and audited (who, when, which member; never the MBI) before it is answered.
 */
import type { MemberProfile } from '../../shared/domain/member-profile';
import { AppFailure } from '../../shared/ipc/result';
import type { InvokeHandlers } from '../ipc/handlers';
import type { AuditReporter } from '../audit/create-audit-reporter';
import type { Logger } from '../logging/create-logger';
import type { SessionService } from '../session/create-session-service';
import type { InteractionStore } from '../store/create-interaction-store';
import type { AgentStateService } from './create-agent-state';
import type { InteractionService } from './create-interaction-service';

type InteractionHandlers = Pick<
  InvokeHandlers,
  | 'interactions:get-current'
  | 'interactions:identify-member'
  | 'interactions:verify-caller'
  | 'interactions:save-notes'
  | 'interactions:finish-wrap-up'
  | 'interactions:set-agent-state'
  | 'members:reveal-mbi'
>;

export interface InteractionHandlersDeps {
  readonly interactions: InteractionService;
  readonly agent: AgentStateService;
  readonly session: SessionService;
  readonly store: () => InteractionStore;
  /** The member's whole record (cache first), for the MBI. */
  readonly loadProfile: (memberId: string) => Promise<MemberProfile>;
  readonly logger: Logger;
  /** The backend's audit trail, told of each reveal too (best-effort: the local record above is the one that must succeed). */
  readonly audit?: AuditReporter;
}

/** Builds the handlers. */
export function createInteractionHandlers(deps: InteractionHandlersDeps): InteractionHandlers {
  const { interactions } = deps;
  return {
    'interactions:get-current': async () => {
      deps.session.requireRepId();
      return interactions.current();
    },
    'interactions:identify-member': ({ memberId }) => interactions.identify(memberId),
    'interactions:verify-caller': (input) => interactions.verify(input),
    'interactions:save-notes': async ({ interactionId, notes }) => interactions.saveNotes(interactionId, notes),
    'interactions:finish-wrap-up': async ({ interactionId, dispositionCode, summary }) => {
      await interactions.finishWrapUp(interactionId, dispositionCode, summary);
      return null;
    },
    'interactions:set-agent-state': async (choice) => deps.agent.choose(choice),
    'members:reveal-mbi': async ({ memberId }) => {
      const repId = deps.session.requireRepId();
      if (interactions.disclosureFor(memberId) !== 'full') {
        throw new AppFailure('VERIFICATION_REQUIRED', "Verify the caller before revealing the member's MBI.");
      }
      const { mbi } = (await deps.loadProfile(memberId)).member;
      const interactionId = interactions.currentId();
      // Written before the MBI is answered: a reveal the audit could not record does not happen.
      const auditId = deps.store().recordDisclosure(repId, 'mbi', memberId, interactionId);
      deps.logger.info({ audit: 'mbi_revealed', auditId, repId, interactionId }, 'a whole MBI was revealed to the rep');
      void deps.audit?.report({ kind: 'mbi_revealed', memberId });
      if (interactionId) interactions.recordAction({ kind: 'reveal-mbi', memberId, status: 'completed', confirmationNumber: null });
      return { memberId, mbi };
    },
  };
}
