/**
 * The client-side rules for moving an opt-in's effective date back, checked before anything is
 * sent: not before the plan year, not before Part D coverage, not in the future, and earlier than
 * now. A date further before today than the client's window goes to a team lead (as the backend
 * decides it: days from the new date to today), so the rep is told before saving.
 */
import { z } from 'zod';
import { EffectiveDateChangeSchema, type AuthorizedBy } from '../../../shared/domain/participation-changes';
import { formatIsoDate, isIsoDate } from '../../../shared/lib/dates';

/** What bounds a back-date: the record's dates and the client's window (null while rules load). */
export interface BackdateBounds {
  readonly planYear: number;
  readonly partDEffectiveOn: string;
  readonly asOf: string;
  readonly currentEffectiveOn: string;
  readonly windowDays: number | null;
}

const MEMBER_AUTHORITY: AuthorizedBy = { kind: 'member' };

/** Whole days from `earlier` to `later` (ISO dates, no time zones). */
export function daysBetween(earlier: string, later: string): number {
  return Math.round((Date.parse(`${later}T00:00:00Z`) - Date.parse(`${earlier}T00:00:00Z`)) / 86_400_000);
}

/** Why `date` cannot be the new effective date, or null when it can. */
export function describeBackdateProblem(date: string, bounds: BackdateBounds): string | null {
  const yearStart = `${bounds.planYear}-01-01`;
  if (date.trim() === '') return 'Enter the new effective date.';
  if (!isIsoDate(date)) return 'Use a real date.';
  if (date < yearStart) return `The effective date can't be before ${formatIsoDate(yearStart)}, the start of the ${bounds.planYear} plan year.`;
  if (date < bounds.partDEffectiveOn) return `The effective date can't be before ${formatIsoDate(bounds.partDEffectiveOn)}, when the member's Part D coverage started.`;
  if (date > bounds.asOf) return `The effective date can't be in the future (today is ${formatIsoDate(bounds.asOf)}).`;
  if (date >= bounds.currentEffectiveOn) return `A back-date must be earlier than the current effective date, ${formatIsoDate(bounds.currentEffectiveOn)}.`;
  return null;
}

/** True when `date` lies further before today than the client lets a rep back-date alone. */
export function needsApproval(date: string, bounds: BackdateBounds): boolean {
  if (bounds.windowDays === null || describeBackdateProblem(date, bounds) !== null) return false;
  return daysBetween(date, bounds.asOf) > bounds.windowDays;
}

/** The inline form's draft → the contract's EffectiveDateChange, on the member's authority. */
export function buildBackdateSchema(bounds: BackdateBounds) {
  return z
    .object({
      effectiveOn: z.string().superRefine((date, context) => {
        const problem = describeBackdateProblem(date, bounds);
        if (problem) context.addIssue({ code: 'custom', message: problem });
      }),
      reason: z.string().trim().min(1, 'Say why the effective date changes.'),
    })
    .transform((draft) => ({ ...draft, authorizedBy: MEMBER_AUTHORITY }))
    .pipe(EffectiveDateChangeSchema);
}
