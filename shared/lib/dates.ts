/** Calendar dates cross boundaries as ISO `YYYY-MM-DD` strings; these helpers never touch time zones. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when the string is a real calendar date in ISO form (rejects 2025-02-30). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Parses `MM/DD/YYYY`, `M/D/YYYY` or `YYYY-MM-DD` into an ISO date, or null. */
export function parseUserDate(text: string): string | null {
  const trimmed = text.trim();
  const us = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  const iso = us ? `${us[3]}-${us[1]!.padStart(2, '0')}-${us[2]!.padStart(2, '0')}` : trimmed;
  return isIsoDate(iso) ? iso : null;
}

/** Today's date in the local calendar, as ISO. */
export function todayIso(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** Formats an ISO date as MM/DD/YYYY, the way US reps read dates. */
export function formatIsoDate(iso: string): string {
  const m = ISO_DATE.exec(iso);
  return m ? `${m[2]}/${m[3]}/${m[1]}` : iso;
}
