/**
 * The console users the sandbox knows. Passwords are deliberately public ("sandbox"): the sandbox holds
 * only synthetic members and listens on loopback; a real backend signs users in its own way.
 */
import type { User } from '../../shared/domain/session';

/** A console user with the password the sandbox accepts for them. */
export interface SandboxUser {
  readonly user: User;
  readonly password: string;
}

/**
 * Two reps and a team lead, enough to exercise role checks, with the clients each serves: rep2 is not
 * assigned to Bayside, so client access is exercised too.
 */
export const SANDBOX_USERS: readonly SandboxUser[] = [
  { user: { id: 'rep1', displayName: 'Jordan Alvarez', role: 'rep', clientIds: ['northstar', 'cedar-valley', 'bayside'] }, password: 'sandbox' },
  { user: { id: 'rep2', displayName: 'Priya Shah', role: 'rep', clientIds: ['northstar', 'cedar-valley'] }, password: 'sandbox' },
  { user: { id: 'lead1', displayName: 'Morgan Lee', role: 'team_lead', clientIds: ['northstar', 'cedar-valley', 'bayside'] }, password: 'sandbox' },
];

/** User names are trimmed and case-insensitive; sign-in and its throttle must agree on who is meant. */
export function toUserId(username: string): string {
  return username.trim().toLowerCase();
}
