/**
 * The audit trail's IPC handlers for team leads: one page of a search, and the CSV export of every
 * match, paged from the backend (newest first) and built here, so the screen only saves the text.
 * The backend decides who may search (team leads, their clients' members): a rep gets its refusal.
 */
import type { AuditEntry } from '../../shared/domain/audit';
import { AUDIT_PAGE_LIMIT_MAX } from '../../shared/domain/audit';
import { AppFailure } from '../../shared/ipc/result';
import type { BackendClient } from '../backend/create-backend-client';
import type { InvokeHandlers } from '../ipc/handlers';
import { buildAuditCsv } from './build-audit-csv';

type AuditHandlers = Pick<InvokeHandlers, 'audit:search' | 'audit:export-csv'>;

/** The most entries one export holds; past it the lead narrows the search (a file for a spreadsheet, not a backup). */
export const AUDIT_EXPORT_MAX_ENTRIES = 100_000;

/** What the handlers need. */
export interface AuditHandlerDeps {
  readonly backend: () => BackendClient;
  readonly now?: () => Date;
  /** Entries asked for per page while exporting; default the contract's most (tests page with less). */
  readonly exportPageSize?: number;
}

/** Builds the handlers. */
export function createAuditHandlers(deps: AuditHandlerDeps): AuditHandlers {
  const now = deps.now ?? (() => new Date());
  const limit = deps.exportPageSize ?? AUDIT_PAGE_LIMIT_MAX;
  return {
    'audit:search': (query) => deps.backend().call('searchAuditTrail', { body: query }),
    'audit:export-csv': async (filters) => {
      const entries: AuditEntry[] = [];
      let before: number | undefined;
      do {
        const page = await deps.backend().call('searchAuditTrail', { body: { ...filters, limit, ...(before === undefined ? {} : { before }) } });
        entries.push(...page.entries);
        before = page.nextBefore ?? undefined;
        if (entries.length > AUDIT_EXPORT_MAX_ENTRIES) {
          throw new AppFailure('INVALID_INPUT', `More than ${AUDIT_EXPORT_MAX_ENTRIES.toLocaleString('en-US')} entries match: narrow the search (a member, a rep or fewer days) and export again.`);
        }
      } while (before !== undefined);
      const stamp = now().toISOString().slice(0, 19).replace(/[:T]/g, '-');
      return { fileName: `audit-trail-${stamp}.csv`, csv: buildAuditCsv(entries), count: entries.length };
    },
  };
}
