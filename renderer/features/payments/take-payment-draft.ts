/**
 * Step 1 of a payment, "Amount": what the fields hold (all strings), the defaults that make paying the
 * current bill one Enter, and the schema that turns them into the amount, the choice and the authority
 * the contract's TakePaymentRequest carries. The amount can never exceed the full balance.
 */
import { z } from 'zod';
import type { MemberProfile } from '../../../shared/domain/member-profile';
import type { AuthorizedBy } from '../../../shared/domain/participation-changes';
import { AmountChoiceSchema, PaymentAmountSchema, type AmountChoice } from '../../../shared/domain/payment-changes';
import { formatCents } from '../../../shared/lib/money';
import { authorisedBySchema, MEMBER } from '../participation/authorised-by';
import { parseDollarsToCents } from '../what-if/parse-dollars-to-cents';
import { centsForChoice, defaultAmountChoice, type PaymentAmounts } from './payment-amounts';

/** The form's values, as the fields hold them. */
export interface AmountDraft {
  readonly amountChoice: AmountChoice;
  /** Dollars as typed, used when the choice is "other". */
  readonly otherAmount: string;
  readonly authorizedBy: string;
}

/** What step 1 hands on. */
export interface ChosenAmount {
  readonly amountCents: number;
  readonly amountChoice: AmountChoice;
  readonly authorizedBy: AuthorizedBy;
}

/** The current bill by the member, or the first amount there is. */
export function amountDefaults(amounts: PaymentAmounts): AmountDraft {
  return { amountChoice: defaultAmountChoice(amounts), otherAmount: '', authorizedBy: MEMBER };
}

/** Draft → ChosenAmount, with messages a rep can act on. */
export function buildAmountSchema(profile: MemberProfile, amounts: PaymentAmounts) {
  return z
    .object({ amountChoice: AmountChoiceSchema, otherAmount: z.string(), authorizedBy: authorisedBySchema(profile) })
    .transform((draft, ctx): ChosenAmount => {
      const chosen = centsForChoice(amounts, draft.amountChoice);
      let amountCents = chosen ?? 0;
      if (chosen === null) {
        const parsed = parseDollarsToCents(draft.otherAmount);
        if (!parsed.ok) {
          ctx.addIssue({ code: 'custom', path: ['otherAmount'], message: parsed.message });
          return z.NEVER;
        }
        amountCents = parsed.cents;
      }
      const path = chosen === null ? ['otherAmount'] : ['amountChoice'];
      if (amountCents > amounts.fullBalanceCents) {
        ctx.addIssue({ code: 'custom', path, message: `That is more than the full balance, ${formatCents(amounts.fullBalanceCents)}.` });
        return z.NEVER;
      }
      const checked = PaymentAmountSchema.safeParse(amountCents);
      if (!checked.success) {
        ctx.addIssue({ code: 'custom', path, message: checked.error.issues[0]?.message ?? 'Enter an amount above $0.00.' });
        return z.NEVER;
      }
      return { amountCents, amountChoice: draft.amountChoice, authorizedBy: draft.authorizedBy };
    });
}
