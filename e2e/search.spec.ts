import { expect, headingFor, splitName, test } from './fixtures';
import { formatMbi } from '../shared/lib/mbi';

test.describe('finding a member', () => {
  test('by MBI (dashes, lower case), member ID, phone and last name + date of birth', async ({ app, sandbox }) => {
    await app.signIn();
    const member = sandbox.samples[0]!;
    const { first, last } = splitName(member.name);
    const [year, month, day] = member.dateOfBirth.split('-');
    const nationalPhone = member.phone.replace(/^\+1(\d{3})(\d{3})(\d{4})$/, '($1) $2-$3');
    const searches = [
      { text: formatMbi(member.mbi).toLowerCase(), hint: 'MBI' },
      { text: member.memberId.toLowerCase(), hint: 'member ID' },
      { text: nationalPhone, hint: 'phone number' },
      { text: `${last.toUpperCase()} ${month}/${day}/${year}`, hint: 'last name and date of birth' },
    ];
    for (const { text, hint } of searches) {
      await app.searchBox.fill(text);
      await expect(app.page.getByText(`Searching by ${hint}`)).toBeVisible();
      await app.searchBox.press('Enter');
      const option = (await app.resultOptions()).filter({ hasText: `${last}, ${first}` });
      await expect(option.first()).toBeVisible();
    }
    await app.openFirstResult();
    await expect(app.memberHeading).toHaveText(headingFor(member.name));
  });

  test('explains a malformed MBI instead of showing an empty list', async ({ app }) => {
    await app.signIn();
    await app.search('1SG4-TE5-MK73');
    await expect(app.page.getByRole('alert')).toContainText('Not a valid MBI');
    await expect(app.page.getByRole('alert')).toContainText('Character 2');
    await expect(app.results).toHaveCount(0);
    await app.expectAccessible('search error');
  });

  test('refuses a date of birth in the future', async ({ app }) => {
    await app.signIn();
    await app.search('Garcia 01/01/2999');
    await expect(app.page.getByRole('alert')).toContainText("can't be in the future");
    await expect(app.results).toHaveCount(0);
  });

  test('refuses a card number typed into search', async ({ app }) => {
    await app.signIn();
    await app.search('4111 1111 1111 1111');
    await expect(app.page.getByRole('alert')).toContainText('looks like a card number');
  });

  test('says so when nobody matches', async ({ app }) => {
    await app.signIn();
    await app.search('Zzyzx 01/01/1950');
    await expect(app.page.getByText('No members match that search.')).toBeVisible();
  });

  test("always shows the open member's plan with its branding", async ({ app, sandbox }) => {
    await app.signIn();
    await expect(app.page.getByRole('banner')).toContainText('No member open');
    for (const member of sandbox.samples) {
      await app.search(member.memberId);
      await app.openFirstResult();
      await expect(app.memberHeading).toHaveText(headingFor(member.name));
      await expect(app.page.getByRole('banner')).toContainText(member.clientName);
    }
  });
});
