/** Says how old a copy of the data is in the words reps use ("just now", "3 min ago"), so stale data is obvious. */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** `sinceIso` is an ISO instant; `now` is epoch milliseconds (pass a ticking clock to keep it current). */
export function formatAge(sinceIso: string, now: number): string {
  const elapsed = now - Date.parse(sinceIso);
  if (Number.isNaN(elapsed) || elapsed < MINUTE) return 'just now';
  if (elapsed < HOUR) return `${Math.floor(elapsed / MINUTE)} min ago`;
  if (elapsed < DAY) return `${Math.floor(elapsed / HOUR)} h ago`;
  const days = Math.floor(elapsed / DAY);
  return days === 1 ? '1 day ago' : `${days} days ago`;
}
