/** Formats an ISO instant in the rep's local time as "MM/DD/YYYY 3:42 PM", reusing the shared date format. */
import { formatIsoDate, todayIso } from '../../shared/lib/dates';

const time = new Intl.DateTimeFormat('en-US', { hour: 'numeric', minute: '2-digit' });

/** Returns the input unchanged when it is not a parseable instant, so bad data is visible, not hidden. */
export function formatDateTime(iso: string, parts: 'date-time' | 'time' = 'date-time'): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return iso;
  const clock = time.format(instant);
  return parts === 'time' ? clock : `${formatIsoDate(todayIso(instant))} ${clock}`;
}
