/**
 * Pairing a softphone in Chromium: the rep makes a code from the palette, the simulator pairs with it
 * over the local link and the console says so; a wrong code and a web page are refused; forgetting
 * the softphone disconnects it. Each screen passes axe.
 */
import { createSoftphoneSimulator } from '../sandbox/softphone/create-softphone-simulator';
import { expect, test } from './fixtures';
import { openPairingDialog, pairSoftphone, softphoneLinkUrl } from './softphone';

test.describe('pairing a softphone', () => {
  test('the rep reads a code off the pairing dialog, the softphone pairs with it, and the top bar shows it connected', async ({ app }) => {
    await app.signIn();
    const indicator = app.page.getByRole('banner').getByRole('button', { name: 'No softphone paired' });
    await expect(indicator).toBeVisible();
    const dialog = await openPairingDialog(app);
    await expect(dialog).toContainText('Works once, until');
    await app.expectAccessible('pairing dialog with a code');

    const wrong = createSoftphoneSimulator({ url: softphoneLinkUrl(app) });
    const code = (await dialog.getByRole('status', { name: /^Pairing code/ }).textContent()) ?? '';
    await expect(wrong.pair(code === '000000' ? '000001' : '000000')).rejects.toThrow(/wrong_code/);
    await expect(dialog.getByRole('status', { name: /^Pairing code/ })).toHaveText(code);

    const phone = createSoftphoneSimulator({ url: softphoneLinkUrl(app), name: 'Acme Phone' });
    await phone.pair(code);
    await expect(dialog.getByRole('status').first()).toHaveText('Softphone: Acme Phone');
    await expect(dialog).toContainText('This console takes calls from Acme Phone.');
    await app.expectAccessible('pairing dialog, paired');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(app.page.getByRole('banner').getByRole('button', { name: 'Softphone: Acme Phone' })).toBeVisible();
    phone.close();
    await expect(app.page.getByRole('banner').getByRole('button', { name: 'Softphone disconnected (Acme Phone)' })).toBeVisible();
  });

  test('a web page cannot reach the link, and a forgotten softphone is disconnected and stays out', async ({ app }) => {
    await app.signIn();
    const phone = await pairSoftphone(app);
    const stranger = await app.page.context().newPage();
    // Any page the rep visits could try: the browser sends an Origin, and the link refuses it at the upgrade.
    const outcome = await stranger.evaluate(
      (url) =>
        new Promise<string>((resolve) => {
          const socket = new WebSocket(url);
          socket.onopen = () => resolve('opened');
          socket.onclose = (event) => resolve(`closed ${event.code}`);
        }),
      softphoneLinkUrl(app),
    );
    expect(outcome).toBe('closed 1006');
    await stranger.close();
    await expect(app.page.getByRole('banner').getByRole('button', { name: 'Softphone: Sandbox Softphone' })).toBeVisible();

    const token = phone.token!;
    await app.page.getByRole('banner').getByRole('button', { name: 'Softphone: Sandbox Softphone' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'Pair a softphone' });
    await dialog.getByRole('button', { name: 'Forget this softphone' }).click();
    const question = app.page.getByRole('alertdialog', { name: 'Forget this softphone?' });
    await app.expectAccessible('forget softphone question');
    await question.getByRole('button', { name: 'Forget it' }).click();
    await expect(dialog.getByRole('status').first()).toHaveText('No softphone paired');
    await expect.poll(() => phone.state).toBe('stopped');
    await expect(createSoftphoneSimulator({ url: softphoneLinkUrl(app) }).connect(token)).rejects.toThrow(/bad_token/);
  });
});
