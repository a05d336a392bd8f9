/** ABA routing-number check, so a bank draft never goes to a mistyped routing number. */

const WEIGHTS = [3, 7, 1, 3, 7, 1, 3, 7, 1] as const;

/**
 * True when the text is nine digits whose weighted sum (weights 3, 7, 1 repeated) is a multiple of 10,
 * the checksum every ABA routing transit number carries.
 */
export function isValidAbaRouting(routing: string): boolean {
  if (!/^\d{9}$/.test(routing)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i += 1) sum += (routing.charCodeAt(i) - 48) * (WEIGHTS[i] ?? 0);
  return sum % 10 === 0;
}
