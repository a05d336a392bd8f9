/**
 * The simulated agents the softphone simulator's floor mode plays (`npm run softphone -- floor`):
 * sandbox users `agent001`…`agent250` (rep role, every client, password "sandbox") so each signs in,
 * reports its state and saves its calls through the same routes a rep's console uses. The first 240
 * are on lead1's team, the last ten on the second team. Names are deterministic synthetic names.
 */
import type { SandboxUser } from '../server/sandbox-users';
import { PERSON_NAMES } from '../seed/person-names';

/** How many simulated agents the sandbox knows. */
export const FLOOR_AGENT_COUNT = 250;
/** Agents 1–240 are on lead1's team (floor-1); 241–250 on floor-2. */
const LEAD1_TEAM_SIZE = 240;

/** The login of simulated agent `n` (1-based): `agent007`. */
export function floorAgentId(n: number): string {
  return `agent${String(n).padStart(3, '0')}`;
}

function nameOf(n: number): string {
  const group = PERSON_NAMES[0]?.[0];
  if (!group) throw new Error('The sandbox name catalog is empty.');
  const firsts = n % 2 === 0 ? group.female : group.male;
  // Steps coprime with the list lengths walk every name before repeating one.
  const first = firsts[(n * 7) % firsts.length] ?? 'Alex';
  const last = group.last[(n * 13 + 5) % group.last.length] ?? 'Smith';
  return `${first} ${last}`;
}

/** Every simulated agent, in login order. */
export const FLOOR_AGENTS: readonly SandboxUser[] = Array.from({ length: FLOOR_AGENT_COUNT }, (_, i) => {
  const n = i + 1;
  return {
    user: { id: floorAgentId(n), displayName: nameOf(n), role: 'rep' as const, clientIds: ['northstar', 'cedar-valley', 'bayside'] },
    password: 'sandbox',
    teamId: n <= LEAD1_TEAM_SIZE ? 'floor-1' : 'floor-2',
    isSimulated: true as const,
  };
});
