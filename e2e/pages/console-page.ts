/** Intent-named actions and waits on the console, by accessible role and name: what a rep sees. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

export const DOMAIN_TABS = [
  'Member & eligibility',
  'Participation',
  'Balance & bills',
  'Payments & autopay',
  'Refunds',
  'Claims',
  'Contact history',
] as const;

export class ConsolePage {
  /** `stopHost` ends the web host process behind this page (the console's main process going away). */
  constructor(
    readonly page: Page,
    readonly stopHost: () => Promise<void>,
  ) {}

  get searchBox(): Locator {
    return this.page.getByRole('searchbox', { name: 'Find a member' });
  }

  get results(): Locator {
    return this.page.getByRole('listbox', { name: 'Search results' });
  }

  get recentLookups(): Locator {
    return this.page.getByRole('list', { name: 'Recent lookups' });
  }

  get memberHeading(): Locator {
    return this.page.getByRole('main').getByRole('heading', { level: 1 });
  }

  get offlineBanner(): Locator {
    return this.page.getByRole('banner').getByRole('alert').filter({ hasText: "Can't reach the payer backend" });
  }

  tab(name: (typeof DOMAIN_TABS)[number]): Locator {
    return this.page.getByRole('tablist', { name: 'Data domains' }).getByRole('tab', { name, exact: true });
  }

  /** The launch link this page was opened with (one-time: a second page cannot use it). */
  launchUrl = '';

  async open(url: string): Promise<void> {
    this.launchUrl = url;
    await this.page.goto(url);
    await expect(this.page.getByRole('heading', { name: 'Sign in to Rep Console' })).toBeVisible();
  }

  /** Signs in with the keyboard only and waits for the cursor to land in the member search. */
  async signIn(username = 'rep1', password = 'sandbox'): Promise<void> {
    await this.page.getByLabel('User name').fill(username);
    await this.page.getByLabel('Password').fill(password);
    await this.page.getByLabel('Password').press('Enter');
    await expect(this.searchBox).toBeFocused();
  }

  /** Types a search and presses Enter, as a rep would. */
  async search(text: string): Promise<void> {
    await this.searchBox.fill(text);
    await this.searchBox.press('Enter');
  }

  /** Waits for the results list and returns its options. */
  async resultOptions(): Promise<Locator> {
    await expect(this.results).toBeVisible();
    return this.results.getByRole('option');
  }

  /** Waits for results, then opens the first with the keyboard (ArrowDown from the field, Enter). */
  async openFirstResult(): Promise<void> {
    await expect(this.results.getByRole('option').first()).toBeVisible();
    await this.searchBox.press('ArrowDown');
    await expect(this.results.getByRole('option').first()).toBeFocused();
    await this.page.keyboard.press('Enter');
  }

  /** Searches by member ID and opens the member, waiting for the header to show the new name. */
  async openMember(memberId: string, heading: RegExp): Promise<void> {
    await this.search(memberId);
    await this.openFirstResult();
    await expect(this.memberHeading).toHaveText(heading);
  }

  /** Searches by member ID and opens the member, waiting until its record (header with that ID) is on screen. */
  async openMemberById(memberId: string): Promise<void> {
    await this.search(memberId);
    await this.openFirstResult();
    await expect(this.page.getByRole('main').getByRole('definition').filter({ hasText: new RegExp(`^${memberId}$`) })).toBeVisible();
  }

  /** Runs axe-core on the current screen and fails with the violations listed. */
  async expectAccessible(screen: string): Promise<void> {
    const { violations } = await new AxeBuilder({ page: this.page }).analyze();
    const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    expect(summary, `axe violations on ${screen}`).toEqual([]);
  }
}
