/**
 * Opt out of the payment plan: the same two-step shape as opting in, so reps learn one model for
 * participation changes. It never starts for a member who is not participating; the actionId is
 * made when the flow opens and reused by every Confirm (change-flow.tsx).
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { OptOutRequest } from '../../../shared/domain/participation-changes';
import { useConsoleStore } from '../../state/use-console-store';
import { FlowBlockedNotice } from '../flows/flow-blocked-notice';
import type { MemberFlowProps } from '../flows/flow-dialog';
import { formatMemberName } from '../member/format-member-name';
import { STATUS_LABELS } from '../member/participation-status-badge';
import { ChangeFlow } from './change-flow';
import { OptOutConfirmStep } from './opt-out-confirm-step';
import { OptOutDetailsStep } from './opt-out-details-step';
import { buildOptOutSchema, optOutDefaults, type OptOutDraft } from './opt-out-draft';

const TITLE = 'Opt out of the payment plan';

/** Renders the opt-out flow for the member on screen. */
export function OptOutFlow({ profile, onClose }: MemberFlowProps) {
  const { status } = profile.participation;
  // Decided once, when the flow opens: after the opt-out the member is no longer participating.
  const [canStart] = useState(() => status === 'active' || status === 'pending');
  if (canStart) return <OptOutSteps profile={profile} onClose={onClose} />;
  const lead = `${formatMemberName(profile.member, 'heading')} is not in the payment plan (${STATUS_LABELS[status].label}), so there is nothing to opt out of.`;
  return <FlowBlockedNotice title={TITLE} lead={lead} reasons={[]} onClose={onClose} />;
}

function OptOutSteps({ profile, onClose }: MemberFlowProps) {
  const clientId = profile.client.id;
  const rules = useConsoleStore((state) => state.clientRules[clientId] ?? null);
  const rulesError = useConsoleStore((state) => state.clientRulesErrors[clientId] ?? null);
  const loadClientRules = useConsoleStore((state) => state.loadClientRules);
  // Rebuilt when the rules arrive: only the client's own reason codes are accepted.
  const schema = useMemo(() => buildOptOutSchema(profile, rules), [profile, rules]);
  const form = useForm<OptOutDraft, unknown, OptOutRequest>({ defaultValues: optOutDefaults(profile), resolver: zodResolver(schema) });

  useEffect(() => void loadClientRules(clientId), [loadClientRules, clientId]);

  return (
    <ChangeFlow<OptOutRequest>
      title={TITLE}
      steps={['Reason and details', 'Confirm']}
      noun="opt-out"
      confirmLabel="Confirm opt-out"
      completed="Opted out."
      nextStep="Remind the caller that the remaining balance is still billed."
      hasDraft={form.formState.isDirty}
      toChange={(actionId, request) => ({ kind: 'opt-out', input: { actionId, memberId: profile.member.memberId, request } })}
      onClose={onClose}
      details={(onContinue, onCancel) => (
        <OptOutDetailsStep
          form={form}
          profile={profile}
          rules={rules}
          rulesError={rulesError}
          onRetryRules={() => void loadClientRules(clientId)}
          onContinue={onContinue}
          onCancel={onCancel}
        />
      )}
      confirm={(request, actions) => <OptOutConfirmStep profile={profile} request={request} rules={rules} actions={actions} />}
    />
  );
}
