/**
 * The audit search form's draft (every field a string, as inputs hold them) and the schema that turns
 * it into the contract's AuditFilters: blanks are no filter, and the dates a lead picks are days in
 * their own time zone, sent as the instants they start and end (the backend's clock is UTC).
 */
import { z } from 'zod';
import { AuditFiltersSchema } from '../../../shared/domain/audit';
import { isIsoDate } from '../../../shared/lib/dates';

/** What the fields hold. */
export interface AuditFiltersDraft {
  readonly memberId: string;
  readonly repId: string;
  readonly from: string;
  readonly to: string;
}

/** An empty form: the whole trail the lead may see. */
export const EMPTY_AUDIT_FILTERS: AuditFiltersDraft = { memberId: '', repId: '', from: '', to: '' };

/** The local start of the day `days` after `iso`, as an instant (Date moves a start in a DST gap to the first valid time). */
function localMidnight(iso: string, days = 0): string {
  const [y = 1970, m = 1, d = 1] = iso.split('-').map(Number);
  return new Date(y, m - 1, d + days).toISOString();
}

const blankToUndefined = (text: string): string | undefined => (text.trim() === '' ? undefined : text.trim());
const dateField = z.string().refine((text) => text.trim() === '' || isIsoDate(text.trim()), 'Use a real date.');

/** Draft → AuditFilters; the shared schema has the last word (member ID shape, rep ID, range order). */
export const AuditFiltersDraftSchema = z
  .object({ memberId: z.string(), repId: z.string(), from: dateField, to: dateField })
  .transform((draft) => {
    const from = blankToUndefined(draft.from);
    const to = blankToUndefined(draft.to);
    return {
      ...(blankToUndefined(draft.memberId) === undefined ? {} : { memberId: draft.memberId.trim() }),
      ...(blankToUndefined(draft.repId) === undefined ? {} : { repId: draft.repId.trim() }),
      ...(from === undefined ? {} : { from: localMidnight(from) }),
      ...(to === undefined ? {} : { to: localMidnight(to, 1) }),
    };
  })
  .pipe(AuditFiltersSchema);
