import { expect, test } from './fixtures';
import { DOMAIN_TABS } from './pages/console-page';

test('every screen passes an axe-core audit', async ({ app, sandbox }) => {
  test.setTimeout(180_000);
  await app.expectAccessible('sign-in');
  await app.page.getByRole('button', { name: 'Sign in' }).click();
  await expect(app.page.getByRole('alert')).toBeVisible();
  await app.expectAccessible('sign-in with errors');
  await app.signIn();
  await app.expectAccessible('console, no member open');

  const member = sandbox.samples[2]!;
  await app.search(member.memberId);
  await expect(app.results.getByRole('option').first()).toBeVisible();
  await app.expectAccessible('search results');
  await app.openFirstResult();
  await expect(app.memberHeading).toBeVisible();
  for (const name of DOMAIN_TABS) {
    await app.tab(name).click();
    await expect(app.page.getByRole('tabpanel', { name })).toBeVisible();
    await app.expectAccessible(`member: ${name}`);
  }
  await app.page.getByRole('button', { name: 'Show MBI' }).click();
  await app.expectAccessible('member with MBI shown');

  await app.page.keyboard.press('Control+k');
  await expect(app.page.getByRole('dialog', { name: 'Command palette' })).toBeVisible();
  await app.expectAccessible('command palette');
  await app.page.keyboard.press('Escape');

  await app.page.getByRole('button', { name: /Commands/ }).focus();
  await app.page.keyboard.press('?');
  await expect(app.page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await app.expectAccessible('keyboard shortcuts');
});
