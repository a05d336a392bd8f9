/** A member's M3P participation status as a word in a tinted badge, the same everywhere it appears. */
import type { ParticipationStatus } from '../../../shared/domain/member';
import { Badge, type BadgeTone } from '../../ui/badge';

/** Each status's word and tint, for the badge and for sentences that name the status. */
export const STATUS_LABELS: Record<ParticipationStatus, { label: string; tone: BadgeTone }> = {
  active: { label: 'Active', tone: 'green' },
  pending: { label: 'Pending', tone: 'amber' },
  terminated: { label: 'Terminated', tone: 'red' },
  not_enrolled: { label: 'Not enrolled', tone: 'grey' },
};

/** A participation status as main sends it. */
export interface ParticipationStatusBadgeProps {
  readonly status: ParticipationStatus;
}

/** Renders the status badge. */
export function ParticipationStatusBadge({ status }: ParticipationStatusBadgeProps) {
  return <Badge tone={STATUS_LABELS[status].tone}>{STATUS_LABELS[status].label}</Badge>;
}
