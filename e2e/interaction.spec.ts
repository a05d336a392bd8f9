/**
 * The interaction in Chromium with the softphone simulator paired over the local link: an unverified
 * caller sees no more than the name (on screen and in what main sent), a caregiver general information
 * and the calculator, notes survive killing the host mid-call, and the outbox drains in order once the
 * backend is back.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { spawnListeningProcess, type ListeningProcess } from '../scripts/spawn-listening-process';
import { formatIsoDate } from '../shared/lib/dates';
import { expect, headingFor, test } from './fixtures';
import { ConsolePage } from './pages/console-page';
import { verificationAnswersFor } from './sandbox-db';
import { pairSoftphone } from './softphone';

interface StoredMember {
  memberId: string;
  name: string;
  phone: string;
  dateOfBirth: string;
  mbi: string;
}

function query<T>(dbPath: string, sql: string, ...params: unknown[]): T[] {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

function member(dbPath: string, memberId: string): StoredMember {
  const [found] = query<StoredMember>(
    dbPath,
    "SELECT member_id AS memberId, first_name || ' ' || last_name AS name, phone, date_of_birth AS dateOfBirth, mbi FROM members WHERE member_id = ?",
    memberId,
  );
  if (!found) throw new Error(`No member ${memberId} in the sandbox database.`);
  return found;
}

/** The call notes the sandbox added to the member's contact history from saved interactions, oldest first. */
function savedCallNotes(dbPath: string, memberId: string): string[] {
  return query<{ notes: string }>(
    dbPath,
    "SELECT c.notes FROM contacts c JOIN members m ON m.member_key = c.member_key WHERE m.member_id = ? AND c.confirmation_number LIKE 'INT-%' ORDER BY c.seq",
    memberId,
  ).map((row) => row.notes);
}

/** Everything main sent this page over the bridge, as text. */
function recordBridgeFrames(page: Page): string[] {
  const frames: string[] = [];
  page.on('websocket', (socket) => socket.on('framereceived', ({ payload }) => frames.push(String(payload))));
  return frames;
}

/**
 * A web host on a user-data folder of the test's choosing, which the test may kill outright; `watch`
 * sees the page before it opens (so it hears the bridge's WebSocket from its first frame).
 */
async function launchOn(browser: Browser, userData: string, backendUrl: string, watch: (page: Page) => void = () => {}): Promise<{ app: ConsolePage; host: ListeningProcess }> {
  const host = await spawnListeningProcess('main/hosts/web-host-cli.ts', ['--user-data', userData], {
    env: { REPCONSOLE_BACKEND_URL: backendUrl, REPCONSOLE_POLICY_FILE: join(userData, 'no-policy.json') },
  });
  const context = await browser.newContext();
  const page = await context.newPage();
  watch(page);
  const port = host.announcement.softphoneLinkPort;
  const app = new ConsolePage(page, () => host.stop(), typeof port === 'number' ? port : null);
  await app.open(host.url);
  return { app, host };
}

const panel = (app: ConsolePage) => app.page.getByRole('complementary', { name: 'Call and caller' });

/** Finishes wrap-up from the panel by keyboard: disposition, summary, Alt+W. */
async function finishWrapUp(app: ConsolePage, summary: string): Promise<void> {
  const wrapUp = panel(app).getByRole('form', { name: 'Wrap-up' });
  await wrapUp.getByRole('combobox', { name: 'Disposition' }).selectOption('GENERAL_INFO');
  await wrapUp.getByRole('textbox', { name: 'Summary' }).fill(summary);
  await app.page.keyboard.press('Alt+w');
  await expect(panel(app)).toContainText('No call in progress');
}

test.describe('the interaction', () => {
  test('an unverified caller sees no more than the name, on screen and in what main sent; verifying shows the record', async ({ browser, sandbox }) => {
    const caller = member(sandbox.dbPath, sandbox.scenarios.uniquePhone[4]!);
    const userData = mkdtempSync(join(tmpdir(), 'e2e-interaction-'));
    let frames: string[] = [];
    const { app, host } = await launchOn(browser, userData, sandbox.url, (page) => (frames = recordBridgeFrames(page)));
    try {
      await app.signIn();
      const phone = await pairSoftphone(app);
      await phone.ring({ ani: caller.phone });
      await expect(app.memberHeading).toHaveText(headingFor(caller.name));
      const main = app.page.getByRole('main');
      await expect(main.getByRole('heading', { name: "Verify the caller to see this member's record" })).toBeVisible();
      const secrets = [formatIsoDate(caller.dateOfBirth), caller.dateOfBirth, caller.mbi, caller.mbi.slice(-4)];
      const page = (await app.page.locator('body').textContent()) ?? '';
      for (const secret of secrets) expect(page).not.toContain(secret);
      await expect(app.page.getByRole('tablist', { name: 'Data domains' })).toHaveCount(0);
      // Main's own answers: the member view it sent names the member and carries nothing else of theirs.
      expect(frames.join('\n')).toContain(`"memberId":"${caller.memberId}"`);
      for (const secret of [caller.dateOfBirth, caller.mbi]) expect(frames.join('\n')).not.toContain(secret);
      await app.expectAccessible('member shown by name only, with the verification form');

      await phone.answer();
      const form = main.getByRole('form', { name: 'Caller verification' });
      const right = verificationAnswersFor(sandbox.dbPath, caller.memberId);
      // Wrong answers: main says which did not match (in the live region) and the record stays closed.
      await form.getByRole('textbox', { name: 'Full name' }).fill(right.fullName.toUpperCase());
      await form.getByRole('textbox', { name: 'Date of birth' }).fill(right.dateOfBirth.startsWith('1/1/') ? '2/2/1940' : '1/1/1940');
      await app.page.keyboard.press('Enter');
      await expect(form.getByRole('status')).toHaveText('Not verified: 1 of 2 answers matched; date of birth did not match. 2 attempts left.');
      await expect(app.page.getByRole('tablist', { name: 'Data domains' })).toHaveCount(0);
      for (const secret of [caller.dateOfBirth, caller.mbi]) expect(frames.join('\n')).not.toContain(secret);
      await app.expectAccessible('verification answers that did not match');

      // The right answers, typed by keyboard as the caller says them: main compares them and opens the record.
      await form.getByRole('textbox', { name: 'Full name' }).fill(right.fullName);
      await form.getByRole('textbox', { name: 'Date of birth' }).fill(right.dateOfBirth);
      await app.page.keyboard.press('Alt+v');
      await expect(app.tab('Member & eligibility')).toBeVisible();
      await expect(main).toContainText(formatIsoDate(caller.dateOfBirth));
      await expect(panel(app)).toContainText('Verified: the member, 2 identifiers matched.');
      // What main sent after verifying: the record, with the MBI still masked (the whole one is its own call).
      expect(frames.join('\n')).toContain(caller.dateOfBirth);
      expect(frames.join('\n')).not.toContain(caller.mbi);
      await app.expectAccessible('member verified, call panel');
    } finally {
      await app.page.context().close();
      await host.stop();
      rmSync(userData, { recursive: true, force: true });
    }
  });

  test('a caregiver hears general information only, and the calculator works for them', async ({ app, sandbox }) => {
    const caller = member(sandbox.dbPath, sandbox.scenarios.uniquePhone[4]!);
    await app.signIn();
    const phone = await pairSoftphone(app);
    await phone.ring({ ani: caller.phone });
    await phone.answer();
    const main = app.page.getByRole('main');
    const form = main.getByRole('form', { name: 'Caller verification' });
    await form.getByRole('radio', { name: 'A caregiver or family member without authority' }).check();
    await app.page.keyboard.press('Alt+v');
    await expect(main.getByRole('heading', { name: 'General program information only' })).toBeVisible();
    expect((await app.page.locator('body').textContent()) ?? '').not.toContain(formatIsoDate(caller.dateOfBirth));
    await app.expectAccessible('general information only');

    await app.page.keyboard.press('Alt+c');
    const calculator = app.dialog('What-if bill calculator');
    await expect(calculator).toContainText('only the figures typed here are used');
    await calculator.getByRole('combobox', { name: 'Plan year' }).selectOption('2025');
    await calculator.getByRole('combobox', { name: 'Opt-in month' }).selectOption('9');
    await calculator.getByRole('textbox', { name: 'Already spent this year' }).fill('400');
    await calculator.getByRole('textbox', { name: 'New prescription cost sharing' }).fill('1000');
    await calculator.getByRole('radio', { name: 'One time, in the opt-in month' }).check();
    await expect(calculator.getByRole('table', { name: 'Monthly bills' }).getByRole('row').nth(1)).toContainText('$400.00');
  });

  test('notes survive killing the web host mid-call: a new host on the same folder brings them back at sign-in', async ({ browser, sandbox }) => {
    const caller = member(sandbox.dbPath, sandbox.scenarios.withRepresentative[4]!);
    const userData = mkdtempSync(join(tmpdir(), 'e2e-interaction-'));
    try {
      const first = await launchOn(browser, userData, sandbox.url);
      await first.app.signIn();
      const phone = await pairSoftphone(first.app);
      await phone.ring({ ani: caller.phone, ivr: { memberId: caller.memberId, isVerified: true } });
      await phone.answer();
      await first.app.page.keyboard.press('Alt+n');
      await first.app.page.keyboard.type('Wants paper bills; will call back Friday.');
      await expect(panel(first.app).getByText(/^Saved \d{2}:\d{2}:\d{2}$/)).toBeVisible();
      await phone.close();
      first.host.child.kill('SIGKILL');
      await first.host.stop();
      await first.app.page.context().close();

      const second = await launchOn(browser, userData, sandbox.url);
      await second.app.signIn();
      await expect(panel(second.app).getByRole('heading', { name: 'Call ended: wrap-up' })).toBeVisible();
      await expect(panel(second.app).getByRole('textbox', { name: /Call notes/ })).toHaveValue('Wants paper bills; will call back Friday.');
      await second.app.expectAccessible('interaction restored after a restart, in wrap-up');
      await finishWrapUp(second.app, 'Restored after a crash.');
      await expect.poll(() => savedCallNotes(sandbox.dbPath, caller.memberId).filter((notes) => notes.includes('Restored after a crash.'))).toHaveLength(1);
      await second.host.stop();
    } finally {
      rmSync(userData, { recursive: true, force: true });
    }
  });

  test('the outbox keeps finished calls while the backend is down and sends them in order, once each, when it is back', async ({ launchConsole, ownSandbox, sandbox }) => {
    const caller = member(sandbox.dbPath, sandbox.scenarios.withRepresentative[3]!);
    const app = await launchConsole(ownSandbox.url);
    await app.signIn();
    const phone = await pairSoftphone(app);
    const port = new URL(ownSandbox.url).port;
    await ownSandbox.stop();
    await expect(app.offlineBanner).toBeVisible();

    for (const summary of ['First call while the backend was down.', 'Second call while the backend was down.']) {
      await phone.ring({ ani: caller.phone, ivr: { memberId: caller.memberId, isVerified: true } });
      await phone.answer();
      await phone.hangUp();
      await expect(panel(app).getByRole('heading', { name: 'Call ended: wrap-up' })).toBeVisible();
      await finishWrapUp(app, summary);
    }
    expect(savedCallNotes(sandbox.dbPath, caller.memberId).filter((notes) => notes.includes('while the backend was down'))).toEqual([]);

    const back = await spawnListeningProcess('sandbox/cli.ts', ['serve', '--db', sandbox.dbPath, '--port', port]);
    try {
      await expect(app.offlineBanner).toBeHidden();
      await expect.poll(() => savedCallNotes(sandbox.dbPath, caller.memberId).filter((notes) => notes.includes('while the backend was down')), { timeout: 20_000 }).toEqual([
        expect.stringContaining('First call while the backend was down.'),
        expect.stringContaining('Second call while the backend was down.'),
      ]);
    } finally {
      await back.stop();
    }
  });
});
