/** A short status word in a tinted pill; the tones are chosen to pass AA contrast at small sizes. */
import type { ReactNode } from 'react';

/** The few tints badges may use, each tested for AA contrast. */
export type BadgeTone = 'green' | 'amber' | 'red' | 'blue' | 'grey';

/** A tone and the word it carries (never colour alone). */
export interface BadgeProps {
  readonly tone: BadgeTone;
  readonly children: ReactNode;
}

/** Renders one badge. */
export function Badge({ tone, children }: BadgeProps) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}
