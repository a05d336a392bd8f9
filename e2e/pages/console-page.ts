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
    /** Where this console's softphone link listens (e2e/softphone.ts pairs the simulator there). */
    readonly softphoneLinkPort: number | null = null,
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

  /** The incoming-call banner (while a call rings and the rep has not dismissed it). */
  get incomingCall(): Locator {
    return this.page.getByRole('banner').getByRole('region', { name: 'Incoming call', exact: true });
  }

  /** The call bar once the call is answered. */
  get callBar(): Locator {
    return this.page.getByRole('banner').getByRole('region', { name: 'Call', exact: true });
  }

  /** The screen pop's chooser, when several members share the caller's number. */
  get callChooser(): Locator {
    return this.page.getByRole('listbox', { name: /members have this number/ });
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

  /** The single sign-on button (a console whose policy names an OpenID provider). */
  get companySignInButton(): Locator {
    return this.page.getByRole('button', { name: 'Sign in with your company account' });
  }

  /**
   * Single sign-on: presses the company-account button and returns the provider's page, which main has
   * the browser open as a new tab (the web host's system browser), once it has loaded.
   */
  async startCompanySignIn(): Promise<Page> {
    const popup = this.page.context().waitForEvent('page');
    await this.companySignInButton.press('Enter');
    await expect(this.page.getByRole('status')).toHaveText('Finish signing in in your browser…');
    const tab = await popup;
    await tab.waitForLoadState();
    return tab;
  }

  /** On the provider's page: types the user name and password, submits, and waits for the provider's answer page. */
  async signInAtProvider(tab: Page, username = 'rep1', password = 'sandbox'): Promise<void> {
    await tab.getByLabel('User name').fill(username);
    await tab.getByLabel('Password').fill(password);
    await tab.getByLabel('Password').press('Enter');
    await expect(tab.getByRole('heading', { name: 'You can return to Rep Console' })).toBeVisible();
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

  /** Runs a command from the palette (Ctrl+K, type its label, Enter), as a rep who knows its name does. */
  async runCommand(label: string): Promise<void> {
    await this.page.keyboard.press('Control+k');
    const input = this.page.getByRole('combobox', { name: 'Type a command' });
    await input.fill(label);
    await input.press('Enter');
    await expect(input).toHaveCount(0);
  }

  /** The lock screen (idle lock, or "Lock the console"): over everything, with member data hidden. */
  get lockScreen(): Locator {
    return this.page.getByRole('dialog', { name: 'Rep Console is locked' });
  }

  /** Types the password into the lock screen and presses Enter; waits for the lock screen to go. */
  async unlock(password = 'sandbox'): Promise<void> {
    const field = this.lockScreen.getByLabel('Password');
    await expect(field).toBeFocused();
    await field.fill(password);
    await field.press('Enter');
    await expect(this.lockScreen).toHaveCount(0);
  }

  /** A console dialog (a flow) by its title. */
  dialog(name: string): Locator {
    return this.page.getByRole('dialog', { name });
  }

  /** Waits until the dialog's live status shows a confirmation number after `lead`, and returns the number. */
  async confirmationIn(dialog: Locator, lead: RegExp): Promise<string> {
    const status = dialog.getByRole('status').filter({ hasText: lead });
    await expect(status).toContainText(/[A-Z0-9]{3}-[A-Z0-9]{4}-[A-Z0-9]{4}/);
    return /[A-Z0-9]{3}-[A-Z0-9]{4}-[A-Z0-9]{4}/.exec((await status.textContent()) ?? '')?.[0] ?? '';
  }

  /**
   * Types a card into the new-payment-method form the way a rep does while the member reads it out:
   * ticks "Recording paused" (no softphone is paired in these tests), then types each field key by key.
   */
  async typeNewCard(form: Locator, card: { number: string; expiry: string; securityCode: string; postalCode: string; makeDefault?: boolean }): Promise<void> {
    await form.getByRole('checkbox', { name: 'Recording paused' }).check();
    for (const [label, text] of [['Card number', card.number], ['Expiry (MM/YY)', card.expiry], ['Security code', card.securityCode], ['Billing ZIP code', card.postalCode]] as const) {
      await form.getByLabel(label).focus();
      await this.page.keyboard.type(text);
    }
    if (card.makeDefault) await form.getByRole('checkbox', { name: 'Make this the default payment method' }).check();
  }

  /** The team area's floor board (a team lead's). */
  get floorBoard(): Locator {
    return this.page.getByRole('region', { name: 'Team area: Floor board' });
  }

  /** A team lead opens the floor board with its shortcut (Alt+Shift+F) and waits for the team's table. */
  async openFloorBoard(): Promise<Locator> {
    await this.page.keyboard.press('Alt+Shift+F');
    await expect(this.floorBoard.getByRole('table', { name: /^Reps on / })).toBeVisible();
    return this.floorBoard;
  }

  /** One rep's row on the floor board, by their name. */
  floorRow(displayName: string): Locator {
    return this.floorBoard.getByRole('row', { name: new RegExp(`^${displayName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`) });
  }

  /** Runs axe-core on the current screen and fails with the violations listed. */
  async expectAccessible(screen: string): Promise<void> {
    const { violations } = await new AxeBuilder({ page: this.page }).analyze();
    const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    expect(summary, `axe violations on ${screen}`).toEqual([]);
  }
}
