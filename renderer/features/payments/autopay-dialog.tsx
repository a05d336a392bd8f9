/**
 * Autopay, from the Payments tab (Alt+U): enrol a saved method with a draft day from 1 to 28, change it,
 * or stop it, with the next draft date and amount in view. Changing how the member pays needs the
 * stronger caller verification (main refuses with VERIFICATION_REQUIRED otherwise).
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { formatIsoDate } from '../../../shared/lib/dates';
import { FlowBlockedNotice } from '../flows/flow-blocked-notice';
import type { MemberFlowProps } from '../flows/flow-dialog';
import { formatPaymentMethod } from '../domains/format-payment-method';
import { formatMemberName } from '../member/format-member-name';
import { describeAuthority } from '../participation/authorised-by';
import { AutopayDetailsStep } from './autopay-details-step';
import { autopayDefaults, buildAutopaySchema, nextDraftOn, type AutopayChange, type AutopayDraft } from './autopay-draft';
import { PaymentChangeFlow } from './payment-change-flow';
import { usableMethods } from './payment-method-choices';

const TITLE = 'Autopay';

/** Renders the autopay flow for the member on screen. */
export function AutopayDialog({ profile, onClose }: MemberFlowProps) {
  const [canStart] = useState(() => profile.payments.autopay.isEnrolled || usableMethods(profile.payments.methods, profile.asOf).length > 0);
  if (canStart) return <AutopaySteps profile={profile} onClose={onClose} />;
  const lead = `${formatMemberName(profile.member, 'heading')} has no saved method that can be charged. Add one first (Alt+Y), then set up autopay.`;
  return <FlowBlockedNotice title={TITLE} lead={lead} reasons={[]} onClose={onClose} />;
}

function AutopaySteps({ profile, onClose }: MemberFlowProps) {
  const schema = useMemo(() => buildAutopaySchema(profile), [profile]);
  const [defaults] = useState(() => autopayDefaults(profile));
  const form = useForm<AutopayDraft, unknown, AutopayChange>({ defaultValues: defaults, resolver: zodResolver(schema) });
  const methodLabel = (id: string) => {
    const method = profile.payments.methods.find((m) => m.id === id);
    return method ? formatPaymentMethod(method) : 'the chosen method';
  };
  return (
    <PaymentChangeFlow<AutopayChange>
      title={TITLE}
      steps={['Autopay details', 'Confirm']}
      noun="autopay change"
      confirmLabel={(change) => (change.action === 'stop' ? 'Stop autopay' : 'Confirm autopay')}
      completed={(change) => (change.action === 'stop' ? 'Autopay stopped.' : 'Autopay set up.')}
      nextStep={(change) =>
        change.action === 'stop'
          ? 'Bills are now paid by phone, web or mail.'
          : `The first draft is on ${formatIsoDate(nextDraftOn(profile.asOf, change.request.dayOfMonth))}, for the balance due then.`
      }
      hasDraft={form.formState.isDirty}
      toChange={(actionId, change) =>
        change.action === 'stop'
          ? { kind: 'stop-autopay', input: { actionId, memberId: profile.member.memberId, request: change.request } }
          : { kind: 'enrol-autopay', input: { actionId, memberId: profile.member.memberId, request: change.request } }
      }
      onClose={onClose}
      details={(onContinue, onCancel) => <AutopayDetailsStep form={form} profile={profile} onContinue={onContinue} onCancel={onCancel} />}
      confirm={(change, actions) => (
        <>
          <div className="flow-summary">
            <p className="read-aloud">
              {change.action === 'stop'
                ? `“I'll stop autopay. Your bills won't be drafted any more; you can pay by phone, on the web or by mail.”`
                : `“Each month on day ${change.request.dayOfMonth} we'll draft the balance due from your ${methodLabel(change.request.methodId)}, starting ${formatIsoDate(nextDraftOn(profile.asOf, change.request.dayOfMonth))}.”`}
            </p>
            <p>Authorised by {describeAuthority(profile, change.request.authorizedBy)}.</p>
          </div>
          {actions}
        </>
      )}
    />
  );
}
