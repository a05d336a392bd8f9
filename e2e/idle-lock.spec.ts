/**
 * The idle lock in Chromium with a short policy idle time (5 s): a console with no call locks and
 * hides every member detail, one with a connected call does not (until the call ends), and after the
 * unlock the open flow and the call notes are exactly as the rep left them.
 */
import Database from 'better-sqlite3';
import { expect, headingFor, test } from './fixtures';
import type { ConsolePage } from './pages/console-page';
import { pairSoftphone } from './softphone';

const POLICY = { session: { idleLockSeconds: 5 } };
/** Locking takes the idle time plus up to one activity report window; generous for a loaded machine. */
const LOCK_WAIT = { timeout: 20_000 };

function member(dbPath: string, memberId: string): { memberId: string; name: string; phone: string } {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    const found = db.prepare("SELECT member_id AS memberId, first_name || ' ' || last_name AS name, phone FROM members WHERE member_id = ?").get(memberId);
    if (!found) throw new Error(`No member ${memberId} in the sandbox database.`);
    return found as { memberId: string; name: string; phone: string };
  } finally {
    db.close();
  }
}

const panel = (app: ConsolePage) => app.page.getByRole('complementary', { name: 'Call and caller' });

/** What a sighted rep (or anyone at the desk) can read on the page right now. */
const visibleText = (app: ConsolePage) => app.page.locator('body').innerText();

/** The lock screen is up, has focus, and Tab never leaves it (the console behind is inert). */
async function expectLockedAway(app: ConsolePage, memberName: string): Promise<void> {
  await expect(app.lockScreen).toBeVisible(LOCK_WAIT);
  await expect(app.lockScreen.getByLabel('Password')).toBeFocused();
  await expect(app.lockScreen).toContainText('Signed in as Jordan Alvarez (Rep).');
  expect(await visibleText(app)).not.toContain(memberName);
  await expect(app.page.getByRole('heading', { name: memberName })).toHaveCount(0);
  for (let i = 0; i < 4; i += 1) {
    await app.page.keyboard.press('Tab');
    await expect(app.lockScreen.locator(':focus')).toHaveCount(1);
  }
  await app.lockScreen.getByLabel('Password').focus();
}

test.describe('the idle lock', () => {
  test('locks after the policy idle time but never during a connected call; the open flow and the notes survive the unlock', async ({ launchConsole, sandbox }) => {
    // Two consoles, a paired softphone and three idle times in a row.
    test.setTimeout(150_000);
    const caller = member(sandbox.dbPath, sandbox.scenarios.uniquePhone[2]!);
    const onCall = await launchConsole(undefined, { policy: POLICY });
    await onCall.signIn();
    const phone = await pairSoftphone(onCall);
    await phone.ring({ ani: caller.phone });
    await expect(onCall.memberHeading).toHaveText(headingFor(caller.name));
    await phone.answer();
    const notes = panel(onCall).getByRole('textbox', { name: /Call notes/ });
    await notes.fill('Asked about the July bill; will call back Friday.');

    // A second console idles from after the first one's last input: once it locks, the one on the call has been idle as long.
    const idle = await launchConsole(undefined, { policy: POLICY });
    const eligible = member(sandbox.dbPath, sandbox.scenarios.eligible[3]!);
    await idle.signIn();
    await idle.openMemberById(eligible.memberId);
    await idle.page.keyboard.press('Alt+i');
    const flow = idle.dialog('Opt in to the payment plan');
    await flow.getByRole('radio', { name: '2027' }).check();
    await expect(flow.getByRole('textbox', { name: 'Effective date' })).toHaveValue(/01\/01\/2027/);

    await expectLockedAway(idle, eligible.name);
    await expect(flow).toHaveCount(0);
    await expect(onCall.lockScreen).toHaveCount(0);
    await expect(onCall.memberHeading).toHaveText(headingFor(caller.name));
    await idle.expectAccessible('lock screen over an open flow');

    const field = idle.lockScreen.getByLabel('Password');
    await field.fill('not-the-password');
    await field.press('Enter');
    await expect(idle.lockScreen.getByRole('alert')).toHaveText('That password is not right. The console stays locked.');
    await expect(field).toBeFocused();
    expect(await visibleText(idle)).not.toContain(eligible.name);
    await idle.expectAccessible('lock screen after a wrong password');
    await idle.unlock('sandbox');
    await expect(flow.getByRole('radio', { name: '2027' })).toBeChecked();
    await expect(flow.getByRole('radio', { name: '2027' })).toBeFocused();
    await expect(flow.getByRole('textbox', { name: 'Effective date' })).toHaveValue(/01\/01\/2027/);

    // The call ends (wrap-up is not a connected call): the idle time starts from then, not from the last key.
    const endedAt = Date.now();
    await phone.hangUp();
    await expectLockedAway(onCall, caller.name);
    expect(Date.now() - endedAt).toBeGreaterThanOrEqual(4_000);
    await expect(notes).toHaveCount(0);
    await onCall.unlock('sandbox');
    await expect(notes).toHaveValue('Asked about the July bill; will call back Friday.');
  });

  test('"Lock the console" from the palette locks at once; someone else at the desk signs out from the lock screen', async ({ app, sandbox }) => {
    const eligible = member(sandbox.dbPath, sandbox.scenarios.eligible[3]!);
    await app.signIn();
    await app.openMemberById(eligible.memberId);
    await app.runCommand('Lock the console');
    await expectLockedAway(app, eligible.name);
    await expect(app.lockScreen).toContainText('The console was locked on request.');
    await app.lockScreen.getByRole('button', { name: 'Sign out' }).click();
    await expect(app.page.getByRole('heading', { name: 'Sign in to Rep Console' })).toBeVisible();
    await app.signIn('rep2');
    await expect(app.lockScreen).toHaveCount(0);
    expect(await visibleText(app)).not.toContain(eligible.name);
  });

  test('with single sign-on, unlocking asks the identity provider again, and another account cannot unlock', async ({ launchConsole, sandbox }) => {
    const eligible = member(sandbox.dbPath, sandbox.scenarios.eligible[3]!);
    const app = await launchConsole(undefined, { policy: { identity: { issuerUrl: sandbox.issuerUrl } } });
    const signIn = await app.startCompanySignIn();
    await app.signInAtProvider(signIn, 'rep1', 'sandbox');
    await signIn.close();
    await app.openMemberById(eligible.memberId);
    await app.runCommand('Lock the console');
    const unlock = app.lockScreen.getByRole('button', { name: 'Unlock with your company account' });
    await expect(unlock).toBeFocused();
    await expect(app.lockScreen.getByLabel('Password')).toHaveCount(0);
    expect(await visibleText(app)).not.toContain(eligible.name);
    await app.expectAccessible('lock screen with single sign-on');

    /** Presses the unlock button and returns the provider's page main had the browser open. */
    const askProvider = async () => {
      const tab = app.page.context().waitForEvent('page');
      await unlock.press('Enter');
      await expect(app.lockScreen.getByRole('status').filter({ hasText: 'Finish signing in in your browser…' })).toBeVisible();
      const page = await tab;
      await page.waitForLoadState();
      await expect(page.getByLabel('Password')).toBeVisible();
      return page;
    };
    const someoneElse = await askProvider();
    await app.signInAtProvider(someoneElse, 'rep2', 'sandbox');
    await someoneElse.close();
    await expect(app.lockScreen.getByRole('alert')).toContainText("That was Priya Shah's company account");
    expect(await visibleText(app)).not.toContain(eligible.name);

    const same = await askProvider();
    await app.signInAtProvider(same, 'rep1', 'sandbox');
    await same.close();
    await expect(app.lockScreen).toHaveCount(0);
    await expect(app.memberHeading).toHaveText(headingFor(eligible.name));
  });
});
