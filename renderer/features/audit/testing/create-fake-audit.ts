/**
 * The audit part of the fake bridge: a trail a test fills (entries newest first), searched and paged
 * as the backend does (by member, rep and instants), and the CSV export as main answers it, with
 * every search and export recorded so a test can check what the screen asked for.
 */
import type { AuditCsvExport, AuditEntry, AuditFilters, AuditSearchQuery } from '../../../../shared/domain/audit';
import type { RepConsoleApi } from '../../../../shared/ipc/bridge';
import type { Result } from '../../../../shared/ipc/result';

type Answer = <T>(method: keyof RepConsoleApi, value: () => T) => Promise<Result<T>>;

/** The bridge methods and the handles a test drives them with. */
export interface FakeAudit {
  readonly api: Pick<RepConsoleApi, 'searchAuditTrail' | 'exportAuditCsv'>;
  /** Replaces the trail (newest first). */
  setAuditTrail(entries: readonly AuditEntry[]): void;
  readonly auditSearches: AuditSearchQuery[];
  readonly auditExports: AuditFilters[];
}

const matches = (filters: AuditFilters) => (entry: AuditEntry): boolean =>
  (filters.memberId === undefined || entry.memberId === filters.memberId.toUpperCase())
  && (filters.repId === undefined || entry.userId === filters.repId)
  && (filters.from === undefined || Date.parse(entry.at) >= Date.parse(filters.from))
  && (filters.to === undefined || Date.parse(entry.at) < Date.parse(filters.to));

/** Builds the audit fake over the shared `answer` (failNext and holdNext work on it). */
export function createFakeAudit(answer: Answer): FakeAudit {
  let trail: readonly AuditEntry[] = [];
  const auditSearches: AuditSearchQuery[] = [];
  const auditExports: AuditFilters[] = [];
  return {
    api: {
      searchAuditTrail: (query) => {
        auditSearches.push(query);
        return answer('searchAuditTrail', () => {
          const found = trail.filter(matches(query)).filter((e) => query.before === undefined || e.seq < query.before);
          const limit = query.limit ?? 100;
          const entries = found.slice(0, limit);
          return { entries, nextBefore: found.length > limit ? (entries.at(-1)?.seq ?? null) : null };
        });
      },
      exportAuditCsv: (filters) => {
        auditExports.push(filters);
        return answer('exportAuditCsv', (): AuditCsvExport => {
          const found = trail.filter(matches(filters));
          return { fileName: 'audit-trail-2026-03-01-14-00-00.csv', csv: `Sequence\r\n${found.map((e) => `${e.seq}\r\n`).join('')}`, count: found.length };
        });
      },
    },
    setAuditTrail(entries) {
      trail = entries;
    },
    auditSearches,
    auditExports,
  };
}
