/**
 * The handlers of the participation routes: client rules and program settings to read, the three
 * changes (each run by the server inside the idempotency transaction). The approvals queue is sandbox/approvals/.
 */
import type { User } from '../../shared/domain/session';
import type { MemberRepository } from '../database/create-member-repository';
import { PROGRAM_SETTINGS } from '../program/program-settings';
import { findClientRules } from '../seed/client-catalog';
import { assertClientAccess } from '../server/client-access';
import type { RouteHandlers } from '../server/create-route-handlers';
import { openMember } from '../server/open-member';
import { SandboxApiError } from '../server/sandbox-api-error';
import type { ChangeDependencies, ChangeTarget } from './change-context';
import { changeEffectiveDate } from './change-effective-date';
import { optInMember } from './opt-in-member';
import { optOutMember } from './opt-out-member';

/** The routes of shared/api/participation-routes.ts. */
export type ParticipationHandlers = Pick<RouteHandlers, 'getClientRules' | 'getProgramSettings' | 'optInMember' | 'optOutMember' | 'changeEffectiveDate'>;

/** Binds the handlers to the change dependencies and the member lookups. */
export function createParticipationHandlers(deps: ChangeDependencies & { readonly members: MemberRepository }): ParticipationHandlers {
  const targetOf = (user: User | null, memberId: string): ChangeTarget => {
    const ref = openMember(deps.members, user, memberId);
    const record = deps.profiles.readRecord(ref.memberKey);
    const rules = findClientRules(ref.clientId);
    // Routes with roles always have a user; the check keeps the types honest.
    if (!user || !record || !rules) throw new Error('A participation change reached a member without a user, record or rules.');
    return { user, record, rules };
  };
  return {
    getClientRules: ({ params, user }) => {
      const rules = findClientRules(params.clientId);
      if (!rules) throw new SandboxApiError(404, 'NOT_FOUND', 'No client has that ID. See listClients for the clients served.');
      assertClientAccess(user, rules.clientId, 'client');
      return rules;
    },
    getProgramSettings: () => PROGRAM_SETTINGS,
    optInMember: ({ params, body, user }) => optInMember(deps, targetOf(user, params.memberId), body),
    optOutMember: ({ params, body, user }) => optOutMember(deps, targetOf(user, params.memberId), body),
    changeEffectiveDate: ({ params, body, user }) => changeEffectiveDate(deps, targetOf(user, params.memberId), body),
  };
}
