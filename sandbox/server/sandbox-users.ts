/**
 * The console users the sandbox knows. Passwords are deliberately public ("sandbox"): the sandbox holds
 * only synthetic members and listens on loopback; a real backend signs users in its own way.
 */
import type { User } from '../../shared/domain/session';
import { FLOOR_AGENTS } from '../floor/floor-agents';

/** A console user with the password the sandbox accepts for them. */
export interface SandboxUser {
  readonly user: User;
  readonly password: string;
  /** The floor team they work in (sandbox/floor/floor-teams.ts): a team lead's floor board shows their own team. */
  readonly teamId: string;
  /** One of the agents the softphone simulator's floor mode plays (sandbox/floor/floor-agents.ts). */
  readonly isSimulated?: true;
}

/**
 * Two reps and a team lead, enough to exercise role checks, with the clients each serves: rep2 is not
 * assigned to Bayside, so client access is exercised too; then the simulated floor agents.
 */
export const SANDBOX_USERS: readonly SandboxUser[] = [
  { user: { id: 'rep1', displayName: 'Jordan Alvarez', role: 'rep', clientIds: ['northstar', 'cedar-valley', 'bayside'] }, password: 'sandbox', teamId: 'floor-1' },
  { user: { id: 'rep2', displayName: 'Priya Shah', role: 'rep', clientIds: ['northstar', 'cedar-valley'] }, password: 'sandbox', teamId: 'floor-1' },
  { user: { id: 'lead1', displayName: 'Morgan Lee', role: 'team_lead', clientIds: ['northstar', 'cedar-valley', 'bayside'] }, password: 'sandbox', teamId: 'floor-1' },
  // The simulated floor (agent001–agent250) signs in like anyone else: the simulator plays their consoles.
  ...FLOOR_AGENTS,
];

/** User names are trimmed and case-insensitive; sign-in and its throttle must agree on who is meant. */
export function toUserId(username: string): string {
  return username.trim().toLowerCase();
}
