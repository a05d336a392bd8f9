/**
 * Pairs the softphone simulator with the console on screen the way a rep does it: "Pair a softphone"
 * from the command palette, read the six-digit code off the dialog, type it into the softphone.
 */
import { expect } from '@playwright/test';
import { LINK_PATH } from '../shared/softphone/link-protocol';
import { createSoftphoneSimulator, type SoftphoneSimulator } from '../sandbox/softphone/create-softphone-simulator';
import type { ConsolePage } from './pages/console-page';

/** The link URL of this console's host. */
export function softphoneLinkUrl(app: ConsolePage): string {
  if (app.softphoneLinkPort === null) throw new Error('This console announced no softphone link port.');
  return `ws://127.0.0.1:${app.softphoneLinkPort}${LINK_PATH}`;
}

/** Opens the pairing dialog from the palette and returns it once a code shows. */
export async function openPairingDialog(app: ConsolePage) {
  await app.page.keyboard.press('Control+k');
  const input = app.page.getByRole('combobox', { name: 'Type a command' });
  await input.fill('Pair a softphone');
  await input.press('Enter');
  const dialog = app.page.getByRole('dialog', { name: 'Pair a softphone' });
  await expect(dialog.getByRole('status', { name: /^Pairing code/ })).toHaveText(/^\d{6}$/);
  return dialog;
}

/** Pairs a new simulator (closed with the page) and closes the dialog; the rep is signed in. */
export async function pairSoftphone(app: ConsolePage, options: { processorUrl?: string; name?: string } = {}): Promise<SoftphoneSimulator> {
  const dialog = await openPairingDialog(app);
  const code = await dialog.getByRole('status', { name: /^Pairing code/ }).textContent();
  const phone = createSoftphoneSimulator({ url: softphoneLinkUrl(app), processorUrl: options.processorUrl ?? null, name: options.name ?? 'Sandbox Softphone' });
  app.page.once('close', () => phone.close());
  await phone.pair(code ?? '');
  await expect(dialog.getByRole('status').first()).toHaveText(`Softphone: ${options.name ?? 'Sandbox Softphone'}`);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  return phone;
}
