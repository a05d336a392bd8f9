/**
 * The audit trail, in Chromium against the sandbox: a rep opens a member and opts them in; a team lead
 * finds both in the trail by that member, with the confirmation number, by keyboard, and exports them
 * as CSV; then an entry edited in the database file makes IT's chain check fail, naming it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { repoRoot } from '../scripts/spawn-listening-process';
import { expect, test } from './fixtures';

const CONFIRMATION = /[A-Z0-9]{3}-[A-Z0-9]{4}-[A-Z0-9]{4}/;
const tsxCli = join(repoRoot, 'node_modules/tsx/dist/cli.mjs');

/** `npm run audit:check -- --db <path>`, as IT runs it (tsx directly: npm adds nothing but time). */
const auditCheck = (dbPath: string) => spawnSync(process.execPath, [tsxCli, 'sandbox/audit/cli.ts', '--db', dbPath], { cwd: repoRoot, encoding: 'utf8' });

test.describe('audit trail', () => {
  test("a rep's member opened and opt-in are found and exported by a team lead; an edited entry fails the chain check", async ({ app, launchConsole, sandbox }) => {
    const memberId = sandbox.scenarios.eligible[4]!;
    await app.signIn();
    await app.openMemberById(memberId);
    await app.page.keyboard.press('Alt+i');
    const flow = app.dialog('Opt in to the payment plan');
    await expect(flow.getByRole('heading', { name: 'Step 1 of 2: Authorisation and details' })).toBeVisible();
    await expect(flow.getByRole('radio', { name: 'The member' })).toBeFocused();
    await app.page.keyboard.press('Enter');
    await expect(flow.getByRole('button', { name: 'Confirm opt-in' })).toBeFocused();
    await app.page.keyboard.press('Enter');
    const confirmation = await app.confirmationIn(flow, /Opted in\. Confirmation number/);
    await app.page.keyboard.press('Enter');

    const lead = await launchConsole();
    await lead.signIn('lead1');
    await lead.page.keyboard.press('Alt+Shift+KeyL');
    const screen = lead.page.getByRole('region', { name: 'Team area: Audit trail' });
    await expect(screen.getByRole('heading', { name: 'Audit trail' })).toBeVisible();
    const memberField = screen.getByRole('textbox', { name: 'Member ID' });
    await expect(memberField).toBeFocused();
    await lead.page.keyboard.type(memberId);
    await lead.page.keyboard.press('Enter');
    const table = screen.getByRole('table', { name: 'Audit entries, newest first' });
    const optIn = table.getByRole('row').filter({ hasText: 'Opted a member in' });
    await expect(optIn).toHaveCount(1);
    await expect(optIn).toContainText(confirmation);
    await expect(optIn).toContainText('Jordan Alvarez (rep1)');
    await expect(optIn).toContainText('member');
    await expect(optIn).toContainText('Done');
    await expect(table.getByRole('row').filter({ hasText: "Opened a member's record" }).first()).toContainText(memberId);
    await lead.expectAccessible('audit trail results');

    const downloading = lead.page.waitForEvent('download');
    await screen.getByRole('button', { name: 'Export CSV' }).focus();
    await lead.page.keyboard.press('Enter');
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^audit-trail-[\d-]+\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8');
    await expect(screen.getByRole('status')).toContainText(/Exported \d+ entries/);
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toContain('Confirmation number');
    const optInLine = lines.find((line) => line.includes('optInMember') && line.includes(confirmation));
    expect(optInLine).toContain(memberId);
    expect(lines.some((line) => line.includes('getMemberProfile') && line.includes(memberId))).toBe(true);
    expect(CONFIRMATION.test(optInLine ?? '')).toBe(true);

    // IT's check on a copy of the sandbox's file (the running sandbox keeps its own): intact, then edited behind the trigger.
    const dir = mkdtempSync(join(tmpdir(), 'e2e-audit-'));
    try {
      const copy = join(dir, 'sandbox.sqlite');
      const live = new Database(sandbox.dbPath, { readonly: true, fileMustExist: true });
      live.exec(`VACUUM INTO '${copy}'`);
      live.close();
      const intact = auditCheck(copy);
      expect(intact.status, intact.stderr).toBe(0);
      expect(intact.stdout).toMatch(/Audit trail intact: \d+ entries/);
      const seq = Number(optInLine?.split(',')[0]);
      const db = new Database(copy);
      db.exec('DROP TRIGGER audit_entries_no_update');
      db.prepare("UPDATE audit_entries SET outcome = 'ALREADY_PARTICIPATING', confirmation_number = NULL WHERE seq = ?").run(seq);
      db.close();
      const broken = auditCheck(copy);
      expect(broken.status).toBe(1);
      expect(broken.stderr).toContain(`BROKEN at entry ${seq}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
