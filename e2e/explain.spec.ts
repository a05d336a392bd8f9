/** Explaining: a bill's calculation with the member's own numbers, and the what-if calculator for a caller who is not a member. */
import { expect, test } from './fixtures';
import { countChanges } from './sandbox-db';

test.describe('explaining bills', () => {
  test('explains any month of a bill in one sentence with the member’s own numbers', async ({ app, sandbox }) => {
    const changesBefore = countChanges(sandbox.dbPath);
    await app.signIn();
    await app.openMemberById(sandbox.scenarios.active[3]!);
    await app.page.keyboard.press('Alt+3');
    const panel = app.page.getByRole('tabpanel', { name: 'Balance & bills' });
    const explain = panel.getByRole('button', { name: /^Explain the \w+ 2026 bill$/ });
    await explain.first().focus();
    await app.page.keyboard.press('Enter');
    const explanation = app.page.getByRole('heading', { name: /^How the \w+ 2026 bill was worked out$/ });
    await expect(explanation).toBeVisible();
    await expect(panel).toContainText(/months? left/);
    await expect(panel).toContainText(/\$\d[\d,]*\.\d\d/);
    await app.expectAccessible('bill explanation');
    expect(countChanges(sandbox.dbPath)).toBe(changesBefore);
  });

  test('answers a prospect with the what-if calculator, without a member open', async ({ app, sandbox }) => {
    const changesBefore = countChanges(sandbox.dbPath);
    await app.signIn();
    await app.page.keyboard.press('Control+k');
    await app.page.keyboard.type('what-if');
    await app.page.keyboard.press('Enter');
    const calculator = app.page.getByRole('dialog', { name: 'What-if bill calculator' });
    await expect(calculator).toBeVisible();
    // DOMAIN.md's September example: 2025, $400 spent before, $1,000 in September → $400, then $200 × 3.
    await calculator.getByRole('combobox', { name: 'Plan year' }).selectOption('2025');
    await calculator.getByRole('combobox', { name: 'Opt-in month' }).selectOption('9');
    await calculator.getByRole('textbox', { name: 'Already spent this year' }).fill('400');
    await calculator.getByRole('textbox', { name: 'New prescription cost sharing' }).fill('1000');
    await calculator.getByRole('radio', { name: 'One time, in the opt-in month' }).check();
    const table = calculator.getByRole('table', { name: 'Monthly bills' });
    await expect(table).toBeVisible();
    await expect(table.getByRole('row')).toHaveCount(5);
    await expect(table.getByRole('row').nth(1)).toContainText('$400.00');
    for (const row of [2, 3, 4]) await expect(table.getByRole('row').nth(row)).toContainText('$200.00');
    await expect(calculator.getByRole('img', { name: /^Monthly bills, \d{4}/ })).toBeVisible();
    await app.expectAccessible('what-if calculator');
    await app.page.keyboard.press('Escape');
    await expect(calculator).toHaveCount(0);
    await expect(app.searchBox).toBeFocused();
    expect(countChanges(sandbox.dbPath)).toBe(changesBefore);
  });
});
