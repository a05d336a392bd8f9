/**
 * The autopay form: enrol (or change) a saved method and a draft day, or stop; its defaults (the
 * method and day already set, else the default method and the bill's due day) and the schema that turns
 * it into the contract's EnrolAutopayRequest or StopAutopayRequest.
 */
import { z } from 'zod';
import type { MemberProfile } from '../../../shared/domain/member-profile';
import { EnrolAutopayRequestSchema, StopAutopayRequestSchema, type EnrolAutopayRequest, type StopAutopayRequest } from '../../../shared/domain/payment-changes';
import { authorisedBySchema, MEMBER } from '../participation/authorised-by';
import { readPaymentAmounts } from './payment-amounts';
import { defaultMethodId, usableMethods } from './payment-method-choices';

/** The form's values, as the fields hold them. */
export interface AutopayDraft {
  readonly action: 'enrol' | 'stop';
  readonly methodId: string;
  readonly dayOfMonth: string;
  readonly authorizedBy: string;
}

/** What the confirm step commits. */
export type AutopayChange = { readonly action: 'enrol'; readonly request: EnrolAutopayRequest } | { readonly action: 'stop'; readonly request: StopAutopayRequest };

/** The setup as it is, or the default method on the current bill's due day. */
export function autopayDefaults(profile: MemberProfile): AutopayDraft {
  const { autopay, methods } = profile.payments;
  const usable = usableMethods(methods, profile.asOf);
  const methodId = autopay.methodId && usable.some((m) => m.id === autopay.methodId) ? autopay.methodId : defaultMethodId(methods, profile.asOf);
  const dueDay = Number(readPaymentAmounts(profile.billing, profile.asOf).currentBill?.dueOn.slice(8, 10) ?? '1');
  return { action: 'enrol', methodId, dayOfMonth: String(autopay.dayOfMonth ?? Math.min(dueDay, 28)), authorizedBy: MEMBER };
}

/** The first date after `asOf` that falls on `day` (1–28): the next draft. */
export function nextDraftOn(asOf: string, day: number): string {
  const [year = 1970, month = 1, today = 1] = asOf.split('-').map(Number);
  const [y, m] = day > today ? [year, month] : month === 12 ? [year + 1, 1] : [year, month + 1];
  return `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Draft → AutopayChange. */
export function buildAutopaySchema(profile: MemberProfile) {
  const ids = new Set(usableMethods(profile.payments.methods, profile.asOf).map((m) => m.id));
  return z
    .object({
      action: z.enum(['enrol', 'stop']),
      methodId: z.string(),
      dayOfMonth: z.string(),
      authorizedBy: authorisedBySchema(profile),
    })
    .transform((draft, ctx): AutopayChange => {
      if (draft.action === 'stop') return { action: 'stop', request: StopAutopayRequestSchema.parse({ authorizedBy: draft.authorizedBy }) };
      if (!ids.has(draft.methodId)) ctx.addIssue({ code: 'custom', path: ['methodId'], message: 'Choose a saved method that can be charged.' });
      const day = /^\d{1,2}$/.test(draft.dayOfMonth.trim()) ? Number(draft.dayOfMonth) : Number.NaN;
      const parsed = EnrolAutopayRequestSchema.safeParse({ methodId: draft.methodId, dayOfMonth: day, authorizedBy: draft.authorizedBy });
      if (!parsed.success) {
        const issue = parsed.error.issues.find((i) => i.path[0] === 'dayOfMonth');
        ctx.addIssue({ code: 'custom', path: ['dayOfMonth'], message: issue ? 'Pick a day from 1 to 28.' : (parsed.error.issues[0]?.message ?? 'Check the details.') });
        return z.NEVER;
      }
      return { action: 'enrol', request: parsed.data };
    });
}
