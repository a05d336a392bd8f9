/** Card-number detection, so no free-text field ever captures a primary account number (PCI DSS). */

/** True when the digit string passes the Luhn checksum. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i -= 1) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/**
 * True when the text holds 13-19 digits (spaces or dashes allowed between them) that pass Luhn.
 *
 * A card number is often typed next to other digits ("4111 1111 1111 1111 123" with the CVV, or a
 * phone number before it), so every span of whole digit groups is checked, not only the whole run.
 */
export function containsCardNumber(text: string): boolean {
  const runs = text.match(/\d+(?:[ -]\d+)*/g) ?? [];
  return runs.some((run) => {
    const groups = run.split(/[ -]/);
    for (let start = 0; start < groups.length; start += 1) {
      let digits = '';
      for (let end = start; end < groups.length && digits.length < 19; end += 1) {
        digits += groups[end];
        if (digits.length >= 13 && digits.length <= 19 && passesLuhn(digits)) return true;
      }
    }
    return false;
  });
}
