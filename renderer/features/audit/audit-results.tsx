/**
 * The audit search's results: one row per entry, newest first — when, who, what, which member, the
 * confirmation number, on whose authority, and how it ended — with "Show older entries" while there
 * are more. Outcomes are words for "done"; a refusal shows the backend's stable code.
 */
import type { AuditEntry } from '../../../shared/domain/audit';
import { DataTable, type DataColumn } from '../../ui/data-table';
import { formatDateTime } from '../../ui/format-date-time';
import type { AuditResults as Results } from './audit-slice';

const NONE = '—';

function describeAction(entry: AuditEntry): string {
  const count = entry.resultCount === null ? '' : ` (${entry.resultCount} ${entry.resultCount === 1 ? 'result' : 'results'})`;
  return `${entry.actionName}${count}`;
}

const COLUMNS: readonly DataColumn<AuditEntry>[] = [
  { header: 'When', render: (e) => <time dateTime={e.at}>{formatDateTime(e.at)}</time> },
  { header: 'Who', render: (e) => (e.userName ? `${e.userName} (${e.userId})` : e.userId) },
  {
    header: 'Action',
    isWide: true,
    render: (e) => (
      <>
        {describeAction(e)}
        {e.detail ? <span className="audit-detail">{e.detail}</span> : null}
      </>
    ),
  },
  { header: 'Member', render: (e) => e.memberId ?? NONE },
  { header: 'Confirmation number', render: (e) => e.confirmationNumber ?? NONE },
  { header: 'Authority', render: (e) => e.authority ?? NONE },
  { header: 'Outcome', render: (e) => (e.outcome === 'ok' ? 'Done' : `Refused: ${e.outcome}`) },
];

/** The results as the store holds them, and the action that pages back. */
export interface AuditResultsProps {
  readonly results: Results;
  readonly onLoadOlder: () => void;
}

/** Renders the table (or the sentence when nothing matched) and the paging button. */
export function AuditResultsTable({ results, onLoadOlder }: AuditResultsProps) {
  if (results.status !== 'loaded') return null;
  return (
    <>
      <DataTable caption="Audit entries, newest first" columns={COLUMNS} rows={results.entries} rowKey={(e) => String(e.seq)} emptyText="No entries match this search." />
      {results.nextBefore !== null ? (
        <button type="button" className="button" onClick={onLoadOlder} disabled={results.isLoadingOlder}>
          {results.isLoadingOlder ? 'Loading older entries…' : 'Show older entries'}
        </button>
      ) : null}
    </>
  );
}
