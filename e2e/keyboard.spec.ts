import { expect, headingFor, test } from './fixtures';
import { DOMAIN_TABS } from './pages/console-page';

test.describe('keyboard only', () => {
  test('from launch to a member’s claims without the mouse', async ({ app, sandbox }) => {
    const member = sandbox.samples[1]!;
    const { page } = app;
    await expect(page.getByLabel('User name')).toBeFocused();
    await page.keyboard.type('rep1');
    await page.keyboard.press('Tab');
    await page.keyboard.type('sandbox');
    await page.keyboard.press('Enter');
    await expect(app.searchBox).toBeFocused();
    await page.keyboard.type(member.memberId);
    await page.keyboard.press('Enter');
    await expect(app.results.getByRole('option').first()).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(app.memberHeading).toHaveText(headingFor(member.name));
    await page.keyboard.press('Alt+6');
    await expect(app.tab('Claims')).toHaveAttribute('aria-selected', 'true');
    const panel = page.getByRole('tabpanel', { name: 'Claims' });
    await expect(panel).toBeFocused();
    await expect(panel.getByRole('table')).toBeVisible();
    await expect(panel.getByRole('row').nth(1)).toBeVisible();
  });

  test('Alt+1…Alt+7 reach every data domain, and focus is never lost', async ({ app, sandbox }) => {
    await app.signIn();
    await app.search(sandbox.samples[0]!.memberId);
    await app.openFirstResult();
    await expect(app.memberHeading).toBeVisible();
    for (const [index, name] of DOMAIN_TABS.entries()) {
      await app.page.keyboard.press(`Alt+${index + 1}`);
      await expect(app.tab(name)).toHaveAttribute('aria-selected', 'true');
      await expect(app.page.getByRole('tabpanel', { name })).toBeVisible();
      expect(await app.page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');
    }
  });

  test('Ctrl+K lists every action with its shortcut and runs the one chosen', async ({ app, sandbox }) => {
    await app.signIn();
    await app.search(sandbox.samples[0]!.memberId);
    await app.openFirstResult();
    await expect(app.memberHeading).toBeVisible();
    await app.page.keyboard.press('Control+k');
    const palette = app.page.getByRole('dialog', { name: 'Command palette' });
    await expect(palette).toBeVisible();
    await expect(app.page.getByLabel('Type a command')).toBeFocused();
    for (const label of ['Find a member', 'Claims', 'Show keyboard shortcuts', 'Sign out']) {
      await expect(palette.getByRole('option').filter({ hasText: label }).first()).toBeVisible();
    }
    await expect(palette.getByRole('option').filter({ hasText: 'Claims' }).first()).toContainText('Alt+6');
    await app.page.keyboard.type('claims');
    await app.page.keyboard.press('Enter');
    await expect(palette).toBeHidden();
    await expect(app.tab('Claims')).toHaveAttribute('aria-selected', 'true');
  });

  test('? shows the shortcut sheet, but never while typing in a field', async ({ app }) => {
    await app.signIn();
    await app.searchBox.press('?');
    await expect(app.searchBox).toHaveValue('?');
    await expect(app.page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toHaveCount(0);
    await app.searchBox.fill('');
    await app.searchBox.press('Escape');
    await app.page.getByRole('button', { name: /Commands/ }).focus();
    await app.page.keyboard.press('?');
    const sheet = app.page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(sheet).toBeVisible();
    await expect(sheet).toContainText('Ctrl+K');
    await expect(sheet).toContainText('Alt+7');
    await app.page.keyboard.press('Escape');
    await expect(sheet).toBeHidden();
    await expect(app.page.getByRole('button', { name: /Commands/ })).toBeFocused();
  });
});
