/**
 * The sandbox's teams on the call-center floor. A user's team is `teamId` on their sandbox account; a
 * team lead's floor board shows their own team only. The second team has no lead in the sandbox: it is
 * there so scoping is exercised (lead1 never sees its reps).
 */

/** One team: its id (on users) and the name its board shows. */
export interface FloorTeam {
  readonly id: string;
  readonly name: string;
}

/** The team of lead1 (rep1, rep2 and most simulated agents), and a second one. */
export const FLOOR_TEAMS: readonly FloorTeam[] = [
  { id: 'floor-1', name: "Morgan Lee's team" },
  { id: 'floor-2', name: 'Second floor' },
];

/** The team with this id; null when the sandbox has none. */
export function findFloorTeam(teamId: string | null | undefined): FloorTeam | null {
  return FLOOR_TEAMS.find((team) => team.id === teamId) ?? null;
}
