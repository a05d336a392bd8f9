/** Participation: the current M3P election, the actions that change it, and every request, approval and ending behind it. */
import type { MemberProfile } from '../../../shared/domain/member-profile';
import type { ParticipationEvent } from '../../../shared/domain/participation';
import { describeReasonCode } from '../../../shared/m3p/reason-codes';
import { DataTable, type DataColumn } from '../../ui/data-table';
import { DateText } from '../../ui/date-text';
import { KeyValueTable } from '../../ui/key-value-table';
import { ParticipationStatusBadge } from '../member/participation-status-badge';
import { EffectiveDateEditor } from '../participation/effective-date-editor';
import { ParticipationActions } from '../participation/participation-actions';
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
    render: (e) =>
      e.reasonCode || e.note ? (
        <>
          {e.reasonCode ? <><span className="mono">{e.reasonCode}</span> {describeReasonCode(e.reasonCode)}</> : null}
          {e.note ? <span className="history-note">{e.note}</span> : null}
        </>
      ) : (
        NONE
      ),
  },
  { header: 'Authorised by', render: (e) => e.authorizedBy ?? NONE },
  { header: 'Actor', render: (e) => e.actor },
];

/** The member's record: participation as main sends it (history newest first) and what a back-date is bounded by. */
export interface ParticipationPanelProps {
  readonly profile: MemberProfile;
}

/** Renders the actions, the current election (with the editable effective date) and its history. */
export function ParticipationPanel({ profile }: ParticipationPanelProps) {
  const p = profile.participation;
  return (
    <>
      <ParticipationActions />
      <KeyValueTable
        caption="Current participation"
        rows={[
          { label: 'Status', value: <ParticipationStatusBadge status={p.status} /> },
          { label: 'Plan year', value: p.planYear },
          { label: 'Effective', value: <EffectiveDateEditor profile={profile} /> },
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
