/**
 * Screen pop in Chromium with the softphone simulator paired over the local link: one member opens,
 * a replayed ring pops nothing, an unknown number fills the search, a shared number offers a chooser,
 * a withheld number gives an empty search, and a rep typing keeps their cursor and text.
 */
import Database from 'better-sqlite3';
import type { SoftphoneSimulator } from '../sandbox/softphone/create-softphone-simulator';
import { expect, headingFor, splitName, test } from './fixtures';
import type { ConsolePage } from './pages/console-page';
import { pairSoftphone } from './softphone';

interface PhoneMember {
  memberId: string;
  name: string;
  phone: string;
}

function query<T>(dbPath: string, sql: string, ...params: unknown[]): T[] {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

/** The member's name and phone as the sandbox holds them. */
function member(dbPath: string, memberId: string): PhoneMember {
  const [found] = query<PhoneMember>(dbPath, "SELECT member_id AS memberId, first_name || ' ' || last_name AS name, phone FROM members WHERE member_id = ?", memberId);
  if (!found) throw new Error(`No member ${memberId} in the sandbox database.`);
  return found;
}

/** A real-looking number no member has. */
function unknownNumber(dbPath: string): string {
  const taken = new Set(query<{ phone: string }>(dbPath, 'SELECT phone FROM members').map((row) => row.phone));
  const free = ['+13125550100', '+13125550101', '+13125550102', '+14155550100'].find((phone) => !taken.has(phone));
  if (!free) throw new Error('Every candidate number is taken in the seeded database.');
  return free;
}

/** "+16125550179" → "6125550179": a national number as many phone systems send it. */
const national = (e164: string) => e164.replace(/^\+1/, '');
/** How the console writes a NANP number for reading aloud. */
const spoken = (e164: string) => national(e164).replace(/^(\d{3})(\d{3})(\d{4})$/, '($1) $2-$3');

async function signInWithPhone(app: ConsolePage): Promise<SoftphoneSimulator> {
  await app.signIn();
  return pairSoftphone(app);
}

test.describe('calls: screen pop', () => {
  test('a ringing call from a member opens their record; the banner is announced, never takes focus, and passes axe', async ({ app, sandbox }) => {
    const caller = member(sandbox.dbPath, sandbox.scenarios.uniquePhone[0]!);
    const phone = await signInWithPhone(app);
    await phone.ring({ ani: national(caller.phone), queue: 'Member services', ivr: { intent: 'payment' } });
    await expect(app.incomingCall).toContainText(spoken(caller.phone));
    await expect(app.incomingCall).toContainText('Queue: Member services');
    await expect(app.incomingCall).toContainText('Reason: payment');
    await expect(app.memberHeading).toHaveText(headingFor(caller.name));
    await expect(app.searchBox).toBeFocused();
    await expect(app.page.locator('[aria-live="assertive"]')).toHaveText(`Incoming call from ${spoken(caller.phone)}, queue Member services, about payment. Press Alt+A to answer.`);
    await app.expectAccessible('incoming call banner');

    await app.page.keyboard.press('Alt+a');
    await expect(app.callBar.getByRole('timer')).toBeVisible();
    await expect(app.page.locator('[aria-live="assertive"]')).toHaveText('');
    await app.expectAccessible('call bar');
    await app.page.keyboard.press('Alt+x');
    await expect(app.callBar).toContainText('Call ended');
  });

  test('a replayed ring pops once: the rep who moved on to another member stays there', async ({ app, sandbox }) => {
    const [first, second] = sandbox.scenarios.uniquePhone.slice(1, 3).map((id) => member(sandbox.dbPath, id));
    const phone = await signInWithPhone(app);
    const callId = await phone.ring({ ani: first!.phone, callId: 'e2e-replayed-ring' });
    await expect(app.memberHeading).toHaveText(headingFor(first!.name));
    await app.openMember(second!.memberId, headingFor(second!.name));

    await phone.ring({ ani: first!.phone, callId });
    await phone.answer();
    // Main has applied every event before this one: a second pop would have come before it.
    await expect(app.callBar.getByRole('timer')).toBeVisible();
    await expect(app.memberHeading).toHaveText(headingFor(second!.name));
    const { first: given, last } = splitName(second!.name);
    await expect(app.recentLookups.getByRole('button').first()).toContainText(`${last}, ${given}`);
  });

  test('an unknown number opens the search with the number filled in and selected', async ({ app, sandbox }) => {
    const number = unknownNumber(sandbox.dbPath);
    const phone = await signInWithPhone(app);
    await app.page.getByRole('button', { name: 'Commands (Ctrl+K)' }).focus();
    await phone.ring({ ani: number });
    await expect(app.searchBox).toHaveValue(spoken(number));
    await expect(app.searchBox).toBeFocused();
    await expect(app.incomingCall).toContainText('No member has this number');
    await expect(app.page.getByRole('heading', { level: 1, name: 'No member open' })).toBeVisible();
    await app.page.keyboard.press('Enter');
    await expect(app.page.getByText('No members match that search.')).toBeVisible();
  });

  test('two members sharing a number get a chooser the rep works by keyboard; it passes axe', async ({ app, sandbox }) => {
    const shared = sandbox.scenarios.sharedPhone[0]!;
    const household = shared.memberIds.map((id) => member(sandbox.dbPath, id));
    const phone = await signInWithPhone(app);
    await app.page.getByRole('button', { name: 'Commands (Ctrl+K)' }).focus();
    // With a leading 1 and dashes, as some phone systems pass it.
    await phone.ring({ ani: `1-${spoken(shared.phone).replace(/[()]/g, '').replace(' ', '-')}` });
    const options = app.callChooser.getByRole('option');
    await expect(options).toHaveCount(2);
    await expect(options.first()).toBeFocused();
    await app.expectAccessible('screen pop chooser');
    await app.page.keyboard.press('ArrowDown');
    await app.page.keyboard.press('Enter');
    await expect(app.memberHeading).toHaveText(headingFor(household[1]!.name));
    await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  });

  test('a withheld number opens an empty search, focused', async ({ app }) => {
    const phone = await signInWithPhone(app);
    await app.searchBox.fill('Garcia');
    await app.page.getByRole('button', { name: 'Commands (Ctrl+K)' }).focus();
    await phone.ring({ ani: null });
    await expect(app.incomingCall).toContainText('Number withheld');
    await expect(app.searchBox).toHaveValue('');
    await expect(app.searchBox).toBeFocused();
  });

  test('a rep typing in the search box keeps the cursor and the text while the call pops', async ({ app, sandbox }) => {
    const caller = member(sandbox.dbPath, sandbox.scenarios.uniquePhone[3]!);
    const phone = await signInWithPhone(app);
    await app.searchBox.click();
    await app.page.keyboard.type('Smith 01/0');
    await phone.ring({ ani: caller.phone });
    await expect(app.memberHeading).toHaveText(headingFor(caller.name));
    await expect(app.searchBox).toBeFocused();
    await app.page.keyboard.type('2/1950');
    await expect(app.searchBox).toHaveValue('Smith 01/02/1950');
  });
});
