/**
 * The team area's Audit trail: a team lead searches who did what to which member and when (member ID,
 * rep, days), reads the entries newest first, and exports every match as CSV. Keyboard only: Enter in
 * any field searches, the buttons are in tab order, and results and exports are announced politely.
 * Loaded lazily (renderer/features/lead/lead-screens.ts); never imported by rep start-up code.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { AuditFilters } from '../../../shared/domain/audit';
import { ApiError } from '../../api/api-error';
import { useConsoleStore } from '../../state/use-console-store';
import { TextField } from '../../ui/text-field';
import { AuditFiltersDraftSchema, EMPTY_AUDIT_FILTERS, type AuditFiltersDraft } from './audit-filters-draft';
import { AuditResultsTable } from './audit-results';
import { saveTextFile } from './save-text-file';

type ExportState = { readonly status: 'idle' | 'exporting' } | { readonly status: 'done' | 'failed'; readonly message: string };

function statusLine(results: ReturnType<typeof useAuditResults>, exporting: ExportState): string {
  if (exporting.status === 'exporting') return 'Exporting…';
  if (exporting.status === 'done') return exporting.message;
  if (results.status === 'loading') return 'Searching the audit trail…';
  if (results.status !== 'loaded') return '';
  const { length } = results.entries;
  return `${length} ${length === 1 ? 'entry' : 'entries'}${results.nextBefore === null ? '' : ' (older ones not shown yet)'}, newest first.`;
}

const useAuditResults = () => useConsoleStore((state) => state.auditResults);

/** Renders the search form, the results and the export. */
export default function AuditScreen() {
  const results = useAuditResults();
  const searchAudit = useConsoleStore((state) => state.searchAudit);
  const loadOlderAudit = useConsoleStore((state) => state.loadOlderAudit);
  const exportAuditCsv = useConsoleStore((state) => state.exportAuditCsv);
  const [exporting, setExporting] = useState<ExportState>({ status: 'idle' });
  const form = useForm<AuditFiltersDraft, unknown, AuditFilters>({ resolver: zodResolver(AuditFiltersDraftSchema), defaultValues: EMPTY_AUDIT_FILTERS });
  const { register, handleSubmit, formState: { errors } } = form;

  async function exportCsv(filters: AuditFilters): Promise<void> {
    setExporting({ status: 'exporting' });
    try {
      const file = await exportAuditCsv(filters);
      saveTextFile(file.fileName, file.csv);
      setExporting({ status: 'done', message: `Exported ${file.count} ${file.count === 1 ? 'entry' : 'entries'} to ${file.fileName}.` });
    } catch (error: unknown) {
      setExporting({ status: 'failed', message: ApiError.from(error).message });
    }
  }

  const failure = results.status === 'failed' ? results.message : exporting.status === 'failed' ? exporting.message : null;
  return (
    <div className="audit-screen">
      {/* h1: the screen stands in for the member area (and its h1) while it is open. */}
      <h1 className="audit-title">Audit trail</h1>
      <form role="search" aria-label="Search the audit trail" className="audit-form" noValidate onSubmit={handleSubmit((filters) => {
        setExporting({ status: 'idle' });
        void searchAudit(filters);
      })}>
        <TextField label="Member ID" inputProps={{ autoFocus: true, ...register('memberId'), placeholder: 'NSH400012345', spellCheck: false }} error={errors.memberId?.message} />
        <TextField label="Rep ID" inputProps={{ ...register('repId'), placeholder: 'rep1', spellCheck: false }} error={errors.repId?.message} />
        <TextField label="From" inputProps={{ type: 'date', ...register('from') }} error={errors.from?.message} />
        <TextField label="To" inputProps={{ type: 'date', ...register('to') }} error={errors.to?.message} />
        <div className="audit-actions">
          <button type="submit" className="button button-primary">Search</button>
          <button type="button" className="button" disabled={exporting.status === 'exporting'} onClick={handleSubmit(exportCsv)}>
            Export CSV
          </button>
        </div>
      </form>
      <p role="status" className="audit-status">{statusLine(results, exporting)}</p>
      {failure ? <p role="alert" className="audit-failure">{failure}</p> : null}
      <AuditResultsTable results={results} onLoadOlder={() => void loadOlderAudit()} />
    </div>
  );
}
