/** Shows an ISO calendar date the way US reps read it (MM/DD/YYYY), keeping the machine date in `<time>`. */
import { formatIsoDate } from '../../shared/lib/dates';

/** An ISO `YYYY-MM-DD` date as it crossed the boundary. */
export interface DateTextProps {
  readonly iso: string;
}

/** Renders the date. */
export function DateText({ iso }: DateTextProps) {
  return <time dateTime={iso}>{formatIsoDate(iso)}</time>;
}
