/**
 * Single sign-on in Chromium through the web host: the console's policy names the sandbox's OpenID
 * provider, main has the browser open the provider's page as a new tab (the web host's system browser),
 * the rep signs in there, and signing out ends the provider's session too.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Runs axe-core on a page other than the console's (the provider's), failing with the violations listed. */
async function expectPageAccessible(page: Page, screen: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), `axe violations on ${screen}`).toEqual([]);
}

test('a team lead signs in through the provider, sees their role, and signing out ends the provider session too', async ({ launchConsole, sandbox }) => {
  const app = await launchConsole(undefined, { policy: { identity: { issuerUrl: sandbox.issuerUrl } } });
  await expect(app.companySignInButton).toBeFocused();
  await expect(app.page.getByLabel('Password')).toHaveCount(0);
  await app.expectAccessible('sign-in with a company account');

  const provider = await app.startCompanySignIn();
  expect(new URL(provider.url()).origin).toBe(sandbox.issuerUrl);
  await expect(provider.getByRole('heading', { name: 'Sign in to Rep Console' })).toBeVisible();
  await expect(provider.getByLabel('User name')).toBeFocused();
  await expectPageAccessible(provider, "the provider's sign-in page");
  await expect(app.page.getByRole('link', { name: 'Open the sign-in page' })).toBeVisible();
  await app.expectAccessible('waiting for the browser');

  // A wrong password is answered on the provider's page, announced, with the password field pointing at it.
  await provider.getByLabel('User name').fill('lead1');
  await provider.getByLabel('Password').fill('wrong');
  await provider.getByLabel('Password').press('Enter');
  await expect(provider.getByRole('alert')).toHaveText('User name or password is wrong.');
  await expect(provider.getByLabel('Password')).toBeFocused();
  await expectPageAccessible(provider, "the provider's sign-in page with an error");

  await app.signInAtProvider(provider, 'lead1', 'sandbox');
  await expect(app.searchBox).toBeVisible();
  await expect(app.page.getByRole('banner')).toContainText('Morgan Lee · Team lead');
  await provider.close();

  // Sign-out opens the provider's sign-out page; confirming there ends its session.
  const signOutTab = app.page.context().waitForEvent('page');
  await app.page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
  await expect(app.companySignInButton).toBeVisible();
  const signOut = await signOutTab;
  await expect(signOut.getByRole('heading', { name: 'Sign out of your company account?' })).toBeVisible();
  await expectPageAccessible(signOut, "the provider's sign-out page");
  await signOut.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(signOut.getByRole('heading', { name: 'You are signed out' })).toBeVisible();
  await signOut.close();

  // Signing in again: the provider asks for the password again (its session really ended), here as a rep.
  const again = await app.startCompanySignIn();
  await expect(again.getByLabel('Password')).toBeVisible();
  await app.signInAtProvider(again, 'rep1', 'sandbox');
  await expect(app.page.getByRole('banner')).toContainText('Jordan Alvarez · Rep');
});

test('a rep who cancels while the browser waits is back at the button, with nothing announced', async ({ launchConsole, sandbox }) => {
  const app = await launchConsole(undefined, { policy: { identity: { issuerUrl: sandbox.issuerUrl } } });
  const provider = await app.startCompanySignIn();
  await expect(app.companySignInButton).toBeFocused();
  await app.page.getByRole('button', { name: 'Cancel' }).click();
  await expect(app.page.getByRole('button', { name: 'Cancel' })).toHaveCount(0);
  await expect(app.companySignInButton).toBeFocused();
  await expect(app.page.getByRole('alert')).toHaveCount(0);
  await provider.close();
});
