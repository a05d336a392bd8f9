/** The few places commands send focus, by stable id, so a shortcut can reach them without prop drilling. */
export const FOCUS_TARGETS = {
  search: 'member-search-input',
  recent: 'recent-lookups',
  domainPanel: 'domain-panel',
  main: 'console-main',
  effectiveDate: 'participation-effective-date',
  verification: 'caller-verification',
  notes: 'interaction-notes',
  wrapUp: 'interaction-wrap-up',
} as const;

/** A name of one of the focus targets. */
export type FocusTarget = keyof typeof FOCUS_TARGETS;

/**
 * Focuses a target and says whether it could. `recent` focuses its first button, or the section
 * heading when the list is empty, so focus never falls back to <body>.
 */
export function focusTarget(target: FocusTarget, options: { select?: boolean } = {}): boolean {
  const element = document.getElementById(FOCUS_TARGETS[target]);
  if (!element) return false;
  const inner =
    target === 'recent' ? (element.querySelector<HTMLElement>('button') ?? element.querySelector<HTMLElement>('[tabindex]') ?? element) : element;
  inner.focus();
  if (options.select && inner instanceof HTMLInputElement) inner.select();
  return document.activeElement === inner;
}
