/**
 * Writes a member's name the ways reps read it: "Maria Garcia" in the heading (the form the sandbox
 * samples and e2e specs use), "Maria T. Garcia" where identity is verified, "Garcia, Maria" in lists.
 */
export interface PersonName {
  readonly firstName: string;
  readonly lastName: string;
  readonly middleInitial?: string | null;
}

/** Formats a name: "heading" for the h1, "legal" with the middle initial, "list" for result and recent lists. */
export function formatMemberName(person: PersonName, style: 'heading' | 'legal' | 'list'): string {
  if (style === 'list') return `${person.lastName}, ${person.firstName}`;
  const middle = style === 'legal' && person.middleInitial ? ` ${person.middleInitial}.` : '';
  return `${person.firstName}${middle} ${person.lastName}`;
}
