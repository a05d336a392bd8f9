/**
 * "Today" on the floor board: the day on the backend's clock (its local midnight), which the board
 * labels with the sandbox's business date. Handled calls and the charts count from its start; a call
 * belongs to the hour it began in.
 */

/** The start of the day `atMs` falls in, on this process's clock. */
export function startOfDay(atMs: number): number {
  const day = new Date(atMs);
  day.setHours(0, 0, 0, 0);
  return day.getTime();
}

/** The start of the hour on this process's wall clock that `atMs` falls in (half-hour zones too). */
export function startOfHour(atMs: number): number {
  const hour = new Date(atMs);
  hour.setMinutes(0, 0, 0);
  return hour.getTime();
}
