/**
 * What a phone system's caller number (ANI) says about the caller: withheld, a number we can match in
 * E.164, or text that is neither (an internal extension, a SIP name). Phone systems write the same
 * number many ways: `+16145550142`, `6145550142`, `sip:+16145550142@pbx`, `tel:614-555-0142`.
 */
import { toE164 } from '../../shared/lib/phone';

export type CallerNumber =
  | { readonly kind: 'withheld' }
  | { readonly kind: 'number'; readonly e164: string }
  | { readonly kind: 'unreadable'; readonly text: string };

/** Words phone systems and the generic CTI format use instead of a number the caller hid. */
const WITHHELD = /^(anonymous|private|restricted|unknown|unavailable|withheld|blocked|hidden|none|null)$/i;

/** Reads an ANI as it came from any driver. */
export function readCallerNumber(ani: string | null): CallerNumber {
  const text = (ani ?? '').trim();
  // A SIP or tel URI carries the number as its user part: sip:+16145550142@pbx.example;user=phone
  const user = /^(?:sips?|tel):([^@;]*)/i.exec(text)?.[1] ?? text;
  const bare = user.trim();
  if (bare === '' || WITHHELD.test(bare)) return { kind: 'withheld' };
  const e164 = toE164(bare);
  return e164 ? { kind: 'number', e164 } : { kind: 'unreadable', text: bare };
}
