/**
 * Opt in to the payment plan: never starts when no plan year is open to the member (the backend's
 * reasons are shown instead), else "Authorisation and details", "Confirm", then the confirmation
 * number. The actionId is made when the flow opens and reused by every Confirm (change-flow.tsx).
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { OptInRequest } from '../../../shared/domain/participation-changes';
import { useConsoleStore } from '../../state/use-console-store';
import { FlowBlockedNotice } from '../flows/flow-blocked-notice';
import type { MemberFlowProps } from '../flows/flow-dialog';
import { formatMemberName } from '../member/format-member-name';
import { ChangeFlow } from './change-flow';
import { OptInConfirmStep } from './opt-in-confirm-step';
import { OptInDetailsStep } from './opt-in-details-step';
import { buildOptInSchema, effectiveDateFor, eligibleYears, optInDefaults, type OptInDraft } from './opt-in-draft';

const TITLE = 'Opt in to the payment plan';

/** Renders the opt-in flow for the member on screen. */
export function OptInFlow({ profile, onClose }: MemberFlowProps) {
  // Decided once, when the flow opens: after a successful opt-in no year is open any more, and the
  // result screen must stay.
  const [canStart] = useState(() => eligibleYears(profile).length > 0);
  if (canStart) return <OptInSteps profile={profile} onClose={onClose} />;
  const reasons = profile.participation.optInEligibility.map((entry) => `${entry.planYear}: ${entry.message ?? 'not open to this member.'}`);
  return <FlowBlockedNotice title={TITLE} lead={`${formatMemberName(profile.member, 'heading')} can't opt in now.`} reasons={reasons} onClose={onClose} />;
}

function OptInSteps({ profile, onClose }: MemberFlowProps) {
  const rules = useConsoleStore((state) => state.clientRules[profile.client.id] ?? null);
  const settings = useConsoleStore((state) => state.programSettings);
  const loadClientRules = useConsoleStore((state) => state.loadClientRules);
  const loadProgramSettings = useConsoleStore((state) => state.loadProgramSettings);
  const [schema] = useState(() => buildOptInSchema(profile));
  const form = useForm<OptInDraft, unknown, OptInRequest>({ defaultValues: optInDefaults(profile), resolver: zodResolver(schema) });

  useEffect(() => {
    void loadClientRules(profile.client.id);
    void loadProgramSettings();
  }, [loadClientRules, loadProgramSettings, profile.client.id]);

  const effectiveOnFor = (request: OptInRequest) =>
    effectiveDateFor(eligibleYears(profile).find((entry) => entry.planYear === request.planYear), request.channel, request.requestedOn, rules);

  return (
    <ChangeFlow<OptInRequest>
      title={TITLE}
      steps={['Authorisation and details', 'Confirm']}
      noun="opt-in"
      confirmLabel="Confirm opt-in"
      completed="Opted in."
      nextStep="Participation starts on the effective date; the first bill follows the plan's schedule."
      hasDraft={form.formState.isDirty}
      toChange={(actionId, request) => ({ kind: 'opt-in', input: { actionId, memberId: profile.member.memberId, request } })}
      onClose={onClose}
      details={(onContinue, onCancel) => <OptInDetailsStep form={form} profile={profile} rules={rules} onContinue={onContinue} onCancel={onCancel} />}
      confirm={(request, actions) => (
        // The schema only lets eligible years through, and each of those has an effective date.
        <OptInConfirmStep profile={profile} request={request} effectiveOn={effectiveOnFor(request) ?? request.requestedOn} settings={settings} actions={actions} />
      )}
    />
  );
}
