/** North American phone numbers: stored and matched in E.164, typed in any national format. */

/** Returns +1XXXXXXXXXX for a 10-digit (or 1 + 10-digit) NANP number, or null. */
export function toE164(input: string): string | null {
  const digits = input.replace(/\D/g, '');
  const national = digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
  if (national.length !== 10) return null;
  // NANP: area code and exchange never start with 0 or 1.
  if (!/^[2-9]\d{2}[2-9]\d{6}$/.test(national)) return null;
  return `+1${national}`;
}

/** Formats +1XXXXXXXXXX as (XXX) XXX-XXXX for reading aloud. */
export function formatPhone(e164: string): string {
  const n = e164.replace(/^\+1/, '');
  return n.length === 10 ? `(${n.slice(0, 3)}) ${n.slice(3, 6)}-${n.slice(6)}` : e164;
}
