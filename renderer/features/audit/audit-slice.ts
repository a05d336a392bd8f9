/**
 * The audit screen's state: the last search a team lead ran and the entries main answered, newest
 * first, with "Show older" paging; and the CSV export. Entries name members, so they are PHI: reset
 * with the rest at sign-out. Only types are imported here: the schemas stay in the lazily loaded screen.
 */
import type { AuditCsvExport, AuditEntry, AuditFilters } from '../../../shared/domain/audit';
import { ApiError } from '../../api/api-error';
import type { SliceTools } from '../../state/console-state';

/** Entries one search (or "Show older") asks for. */
export const AUDIT_PAGE_SIZE = 50;

/** The results: nothing asked yet, searching, what main answered, or why it could not. */
export type AuditResults =
  | { readonly status: 'idle' }
  | { readonly status: 'loading'; readonly filters: AuditFilters }
  | { readonly status: 'loaded'; readonly filters: AuditFilters; readonly entries: readonly AuditEntry[]; readonly nextBefore: number | null; readonly isLoadingOlder: boolean }
  | { readonly status: 'failed'; readonly filters: AuditFilters; readonly message: string };

/** The audit screen's slice. */
export interface AuditSlice {
  readonly auditResults: AuditResults;
  /** A new search: replaces the results. */
  searchAudit(filters: AuditFilters): Promise<void>;
  /** The next page of the same search, appended. */
  loadOlderAudit(): Promise<void>;
  /** Every entry matching the filters as CSV text (main builds it); rejects with ApiError. */
  exportAuditCsv(filters: AuditFilters): Promise<AuditCsvExport>;
}

/** Builds the slice. */
export function createAuditSlice({ set, get, client, holdsPhi }: SliceTools): AuditSlice {
  let ticket = 0;
  return {
    ...holdsPhi({ auditResults: { status: 'idle' } }, () => {
      ticket += 1;
    }),

    async searchAudit(filters) {
      const mine = ++ticket;
      set({ auditResults: { status: 'loading', filters } });
      try {
        const page = await client.searchAuditTrail({ ...filters, limit: AUDIT_PAGE_SIZE });
        if (mine === ticket) set({ auditResults: { status: 'loaded', filters, entries: page.entries, nextBefore: page.nextBefore, isLoadingOlder: false } });
      } catch (error: unknown) {
        if (mine === ticket) set({ auditResults: { status: 'failed', filters, message: ApiError.from(error).message } });
      }
    },

    async loadOlderAudit() {
      const current = get().auditResults;
      if (current.status !== 'loaded' || current.nextBefore === null || current.isLoadingOlder) return;
      const mine = ++ticket;
      set({ auditResults: { ...current, isLoadingOlder: true } });
      try {
        const page = await client.searchAuditTrail({ ...current.filters, limit: AUDIT_PAGE_SIZE, before: current.nextBefore });
        if (mine === ticket) set({ auditResults: { ...current, entries: [...current.entries, ...page.entries], nextBefore: page.nextBefore, isLoadingOlder: false } });
      } catch (error: unknown) {
        if (mine === ticket) set({ auditResults: { status: 'failed', filters: current.filters, message: ApiError.from(error).message } });
      }
    },

    exportAuditCsv: (filters) => client.exportAuditCsv(filters),
  };
}
