/** The form names are matched in: lower case, letters only, so "O'Brien", "OBRIEN" and "o brien" agree. */
export function toNameKey(name: string): string {
  return name.toLowerCase().replace(/[^a-z]/g, '');
}
