/**
 * Resolve an overpayment (Alt+G) in one modal: the overpaid amount, a request type whose sub-form swaps
 * in, then one summary to read aloud and Confirm. A refund above the client's threshold is saved pending
 * a team lead's approval, shown as such with its confirmation number.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { MemberProfile } from '../../../shared/domain/member-profile';
import type { RefundRequest } from '../../../shared/domain/payment-changes';
import { formatCents } from '../../../shared/lib/money';
import { useConsoleStore } from '../../state/use-console-store';
import { formatPaymentMethod } from '../domains/format-payment-method';
import { FlowBlockedNotice } from '../flows/flow-blocked-notice';
import type { MemberFlowProps } from '../flows/flow-dialog';
import { formatMemberName } from '../member/format-member-name';
import { describeAuthority } from '../participation/authorised-by';
import { buildOverpaymentSchema, overpaymentDefaults, type OverpaymentDraft } from './overpayment-draft';
import { OverpaymentDetailsStep } from './overpayment-details-step';
import { PaymentChangeFlow } from './payment-change-flow';
import { sayAmount } from './say-amount';

const TITLE = 'Resolve an overpayment';

/** Where the money goes, in the words of the summary. */
function describeDestination(profile: MemberProfile, request: RefundRequest): string {
  if (request.kind === 'premium_transfer') return `to the member's Medicare premium for ${request.premiumPeriod}`;
  if (request.kind === 'pharmacy_transfer') return `to the pharmacy with NPI ${request.pharmacyNpi}, for claim ${request.claimReference}`;
  if (request.destination.type === 'check') return 'as a check mailed to the address on file';
  const { methodId } = request.destination;
  const method = profile.payments.methods.find((m) => m.id === methodId);
  return `back to ${method ? formatPaymentMethod(method) : 'the original method'}`;
}

/** Renders the overpayment flow for the member on screen. */
export function OverpaymentDialog({ profile, onClose }: MemberFlowProps) {
  const [canStart] = useState(() => profile.payments.overpaymentCents > 0);
  if (canStart) return <OverpaymentSteps profile={profile} onClose={onClose} />;
  return <FlowBlockedNotice title={TITLE} lead={`${formatMemberName(profile.member, 'heading')} has no overpayment to resolve.`} reasons={[]} onClose={onClose} />;
}

function OverpaymentSteps({ profile, onClose }: MemberFlowProps) {
  const clientId = profile.client.id;
  const rules = useConsoleStore((state) => state.clientRules[clientId] ?? null);
  const loadClientRules = useConsoleStore((state) => state.loadClientRules);
  const schema = useMemo(() => buildOverpaymentSchema(profile), [profile]);
  const [defaults] = useState(() => overpaymentDefaults(profile));
  const form = useForm<OverpaymentDraft, unknown, RefundRequest>({ defaultValues: defaults, resolver: zodResolver(schema) });
  useEffect(() => void loadClientRules(clientId), [loadClientRules, clientId]);

  return (
    <PaymentChangeFlow<RefundRequest>
      title={TITLE}
      steps={['Request details', 'Confirm']}
      noun="overpayment request"
      confirmLabel={() => 'Confirm request'}
      completed={(request) => (request.kind === 'member_refund' ? 'Refund requested.' : 'Transfer requested.')}
      nextStep={() => 'The Refunds tab shows the request with this number; one waiting for a team lead shows as pending approval.'}
      hasDraft={form.formState.isDirty}
      toChange={(actionId, request) => ({ kind: 'request-refund', input: { actionId, memberId: profile.member.memberId, request } })}
      onClose={onClose}
      details={(onContinue, onCancel) => <OverpaymentDetailsStep form={form} profile={profile} rules={rules} onContinue={onContinue} onCancel={onCancel} />}
      confirm={(request, actions) => (
        <>
          <div className="flow-summary">
            <p className="read-aloud">
              &ldquo;We&apos;ll send {sayAmount(request.amountCents)} of your {formatCents(profile.payments.overpaymentCents)} overpayment {describeDestination(profile, request)}.&rdquo;
            </p>
            <p>
              For {formatMemberName(profile.member, 'heading')}; authorised by {describeAuthority(profile, request.authorizedBy)}.
              {rules && request.amountCents > rules.refundApprovalThresholdCents ? ` Above ${formatCents(rules.refundApprovalThresholdCents)}, so it waits for a team lead's approval.` : ''}
            </p>
          </div>
          {actions}
        </>
      )}
    />
  );
}
