/**
 * Going into the team area and back: where focus was when a lead screen opened is remembered, and it
 * returns there (the member area is only hidden meanwhile, so the element is still in the page),
 * else to the main region, so a keyboard user never lands on <body>.
 */
import { flushSync } from 'react-dom';
import type { ConsoleStore } from '../../state/create-console-store';
import { focusTarget } from '../../app/focus-targets';
import type { LeadScreenId } from './lead-screens';

let returnTo: HTMLElement | null = null;

/** Opens a lead screen (a rep is told it is for team leads), remembering where focus was. */
export function openLeadArea(store: ConsoleStore, id: LeadScreenId): void {
  const state = store.getState();
  const active = document.activeElement;
  // Switching between lead screens keeps the first place to come back to.
  if (state.leadScreen === null && active instanceof HTMLElement && active !== document.body) returnTo = active;
  state.openLeadScreen(id);
}

/** Back to the member area, focus restored to where it was. */
export function closeLeadArea(store: ConsoleStore): void {
  if (store.getState().leadScreen === null) return;
  flushSync(() => store.getState().closeLeadScreen());
  const target = returnTo;
  returnTo = null;
  if (target?.isConnected) target.focus();
  if (document.activeElement !== target) focusTarget('main');
}
