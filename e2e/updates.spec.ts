/**
 * The console's own update, end to end through the web host: IT's feed (a real local HTTP feed) offers
 * a newer version, the console downloads and verifies it in the background and says so in the top bar;
 * "Install update and restart" is refused, with the reason, while a call rings.
 */
import { startUpdateFeed, type UpdateFeed } from '../main/updates/testing/start-update-feed';
import { channelFileName } from '../main/updates/update-release';
import { expect, test } from './fixtures';

let feed: UpdateFeed;
test.beforeAll(async () => {
  feed = await startUpdateFeed();
  feed.publish(channelFileName('stable', process.platform, process.arch), { version: '9.4.2', fileName: 'rep-console-9.4.2-x86_64.AppImage', installer: Buffer.from('a signed installer, as far as this test knows '.repeat(500)) });
});
test.afterAll(() => feed.close());

test.describe('updates', () => {
  test('a verified update is announced in the top bar, and never installs while a call rings', async ({ launchConsole, sandbox }) => {
    const app = await launchConsole(undefined, { policy: { updates: { feedUrl: feed.url } } });
    await app.signIn('rep1');
    const banner = app.page.getByRole('banner');
    await expect(banner.getByRole('status').filter({ hasText: 'Update 9.4.2 ready — installs when you sign out' })).toBeVisible();
    await app.expectAccessible('top bar with an update ready');

    // A call rings through the phone system (the sandbox's CTI webhook): the rep asks to install anyway.
    const callId = `e2e-update-${Date.now()}`;
    const fields = new URLSearchParams([['event', 'newCall'], ['from', '+16145550100'], ['to', '18005550100'], ['direction', 'in'], ['callId', callId], ['user[]', 'rep1']]);
    await expect(banner.getByText('Phone system: connected', { exact: true })).toBeVisible();
    expect((await fetch(sandbox.ctiWebhookUrl, { method: 'POST', body: fields })).status).toBe(200);
    await expect(app.incomingCall).toBeVisible();
    await app.runCommand('Install update and restart');
    const note = banner.getByRole('status').filter({ hasText: 'Update 9.4.2 ready' });
    await expect(note).toContainText('The update cannot install now: a call is ringing.');
    await app.expectAccessible('top bar with an update refused during a call');
  });
});
