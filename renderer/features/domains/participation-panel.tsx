/** Participation: the current M3P election and every request, approval and ending behind it. */
import type { Participation, ParticipationEvent } from '../../../shared/domain/participation';
import { describeReasonCode } from '../../../shared/m3p/reason-codes';
import { DataTable, type DataColumn } from '../../ui/data-table';
import { DateText } from '../../ui/date-text';
import { KeyValueTable } from '../../ui/key-value-table';
import { ParticipationStatusBadge } from '../member/participation-status-badge';
import { DOMAIN_LABELS } from './domain-labels';

const NONE = '—';

const HISTORY_COLUMNS: readonly DataColumn<ParticipationEvent>[] = [
  { header: 'Date', render: (e) => <DateText iso={e.occurredOn} /> },
  { header: 'Event', render: (e) => `${DOMAIN_LABELS.eventKind[e.kind]} (${e.planYear})` },
  { header: 'Effective', render: (e) => (e.effectiveOn ? <DateText iso={e.effectiveOn} /> : NONE) },
  { header: 'Channel', render: (e) => (e.channel ? DOMAIN_LABELS.optInChannel[e.channel] : NONE) },
  { header: 'Confirmation #', render: (e) => (e.confirmationNumber ? <span className="mono">{e.confirmationNumber}</span> : NONE) },
  {
    header: 'Reason',
    isWide: true,
    render: (e) => (e.reasonCode ? <><span className="mono">{e.reasonCode}</span> {describeReasonCode(e.reasonCode)}</> : NONE),
  },
  { header: 'Actor', render: (e) => e.actor },
];

/** Participation as main sends it, history newest first. */
export interface ParticipationPanelProps {
  readonly participation: Participation;
}

/** Renders the current election and its history. */
export function ParticipationPanel({ participation: p }: ParticipationPanelProps) {
  return (
    <>
      <KeyValueTable
        caption="Current participation"
        rows={[
          { label: 'Status', value: <ParticipationStatusBadge status={p.status} /> },
          { label: 'Plan year', value: p.planYear },
          { label: 'Effective', value: p.effectiveOn ? <DateText iso={p.effectiveOn} /> : NONE },
          { label: 'Ends', value: p.endsOn ? <DateText iso={p.endsOn} /> : NONE },
          { label: 'Opt-in channel', value: p.optInChannel ? DOMAIN_LABELS.optInChannel[p.optInChannel] : NONE },
          { label: 'Confirmation #', value: p.confirmationNumber ? <span className="mono">{p.confirmationNumber}</span> : NONE },
          { label: 'Termination reason', value: p.terminationReason ? DOMAIN_LABELS.terminationReason[p.terminationReason] : NONE },
        ]}
      />
      <DataTable
        caption="Participation history"
        columns={HISTORY_COLUMNS}
        rows={p.history}
        rowKey={(e) => e.id}
        emptyText="No participation requests on file."
      />
    </>
  );
}
