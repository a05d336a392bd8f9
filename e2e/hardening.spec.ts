import { spawnListeningProcess } from '../scripts/spawn-listening-process';
import { expect, test } from './fixtures';

test.describe('sessions and hosts a rep can trust', () => {
  test('a launch link opens one window, once; that window keeps working through a reload', async ({ app }) => {
    await app.signIn();
    const second = await app.page.context().newPage();
    await second.goto(app.launchUrl);
    await expect(second.getByText('This launch link was used already')).toBeVisible();
    await expect(second.getByRole('heading', { name: 'Sign in to Rep Console' })).toHaveCount(0);
    await second.close();

    expect(app.page.url()).not.toContain('secret');
    await app.page.reload();
    await expect(app.searchBox).toBeVisible();
  });

  test('the offline banner appears with no rep action when the backend stops, and clears when it returns', async ({ launchConsole, ownSandbox, sandbox }) => {
    const app = await launchConsole(ownSandbox.url);
    await app.signIn();
    await expect(app.offlineBanner).toHaveCount(0);
    await ownSandbox.stop();
    await expect(app.offlineBanner).toBeVisible();
    await app.expectAccessible('offline banner raised in the background');
    const port = new URL(ownSandbox.url).port;
    const back = await spawnListeningProcess('sandbox/cli.ts', ['serve', '--db', sandbox.dbPath, '--port', port]);
    try {
      await expect(app.offlineBanner).toHaveCount(0);
      await expect(app.searchBox).toBeFocused();
    } finally {
      await back.stop();
    }
  });

  test('after repeated wrong passwords, sign-in says to wait, even for the right password', async ({ launchConsole, ownSandbox }) => {
    const app = await launchConsole(ownSandbox.url);
    // Someone guessing rep2's password (from this machine, as the console does).
    for (let i = 0; i < 5; i += 1) {
      const answer = await fetch(`${ownSandbox.url}/v1/sessions`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username: 'rep2', password: `guess-${i}` }),
      });
      expect(answer.status).toBe(401);
    }
    const alert = app.page.getByRole('alert');
    await app.page.getByLabel('User name').fill('rep2');
    await app.page.getByLabel('Password').fill('sandbox');
    await app.page.getByLabel('Password').press('Enter');
    await expect(alert).toHaveText(/^Too many sign-in attempts\. Try again in \d+ (seconds|minutes?)\.$/);
    await expect(app.searchBox).toHaveCount(0);
    await app.expectAccessible('sign-in locked for a while');
  });
});
