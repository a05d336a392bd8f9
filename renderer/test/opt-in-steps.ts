/** The opt-in flow driven by keyboard, as the flow tests need it: open it, and go on to Confirm. */
import { screen, waitFor, within } from '@testing-library/react';
import { expect } from 'vitest';
import { press, pressAlt } from './keyboard';

/** Resolves with the flow's dialog once it is open and focus is on its first field ("The member"). */
export async function waitForOptIn(): Promise<HTMLElement> {
  const flow = await screen.findByRole('dialog', { name: 'Opt in to the payment plan' });
  await waitFor(() => expect(document.activeElement).toBe(within(flow).getByRole('radio', { name: 'The member' })));
  return flow;
}

/** Alt+I, then waits as above. */
export async function startOptIn(): Promise<HTMLElement> {
  pressAlt('I');
  return waitForOptIn();
}

/** Enter on step 1; resolves with the focused "Confirm opt-in" button. */
export async function continueToConfirm(flow: HTMLElement): Promise<HTMLElement> {
  press('Enter');
  const confirm = await within(flow).findByRole('button', { name: 'Confirm opt-in' });
  expect(document.activeElement).toBe(confirm);
  return confirm;
}
