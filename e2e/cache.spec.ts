import { expect, headingFor, test } from './fixtures';

test.describe('the local cache', () => {
  test('recent lookups reopen instantly from the cache, with the age shown', async ({ app, sandbox }) => {
    const [first, second] = sandbox.samples;
    await app.signIn();
    for (const member of [first!, second!]) {
      await app.search(member.memberId);
      await app.openFirstResult();
      await expect(app.memberHeading).toHaveText(headingFor(member.name));
    }
    const recent = app.recentLookups.getByRole('button');
    await expect(recent).toHaveCount(2);
    await expect(recent.first()).toContainText(second!.name.split(' ').at(-1)!);
    await expect(recent.nth(1)).toContainText('cached');
    await recent.nth(1).click();
    await expect(app.memberHeading).toHaveText(headingFor(first!.name));
    await expect(app.page.getByText(/From cache, fetched/)).toBeVisible();
  });

  test('when the backend stops mid-session, a banner says so and cached members stay readable', async ({ launchConsole, ownSandbox, sandbox }) => {
    const app = await launchConsole(ownSandbox.url);
    const [cached, uncached] = sandbox.samples;
    await app.signIn();
    await app.search(cached!.memberId);
    await app.openFirstResult();
    await expect(app.memberHeading).toHaveText(headingFor(cached!.name));
    await expect(app.offlineBanner).toHaveCount(0);

    await ownSandbox.stop();
    await app.search(uncached!.memberId);
    await expect(app.offlineBanner).toBeVisible();
    await expect(app.offlineBanner).toContainText('Showing cached data, read-only.');
    await expect(app.page.getByRole('alert').filter({ hasText: 'recent lookups' }).first()).toBeVisible();

    await app.recentLookups.getByRole('button').first().click();
    await expect(app.memberHeading).toHaveText(headingFor(cached!.name));
    await expect(app.page.getByText(/From cache, fetched/)).toBeVisible();
    await app.page.keyboard.press('Alt+6');
    await expect(app.page.getByRole('tabpanel', { name: 'Claims' }).getByRole('table')).toBeVisible();
    await app.expectAccessible('offline with cached member');
  });

  test('when the console host itself goes away, a search says so instead of hanging', async ({ app, sandbox }) => {
    await app.signIn();
    await app.stopHost();
    await app.search(sandbox.samples[0]!.memberId);
    await expect(app.page.getByRole('alert').filter({ hasText: 'Lost the connection to the Rep Console host' })).toBeVisible({ timeout: 2_000 });
    await expect(app.results).toHaveCount(0);
  });
});
