/**
 * Opt in and opt out the way a rep does on a call, in real Chromium through the web host: keys pressed
 * from a member open to the confirmation number on screen, and, for opt-in, the time from the Enter on
 * "Confirm opt-in" to the frame after the confirmation number renders. Every run changes the members
 * it uses, so pickParticipationMembers chooses them from what the database says now.
 */
import type { Keyboard, Locator, Page } from 'playwright-core';
import { percentile } from './percentile';
import { pickParticipationMembers } from './pick-participation-members';
import { startBenchConsole } from './start-bench-console';
import { withTimeout } from './with-timeout';

/**
 * The only way keys are pressed inside a counted span, so the figure is what the harness really did.
 * fill() never appears in a span: it would type a whole field for the price of no key.
 */
class KeyCounter {
  count = 0;
  constructor(private readonly keyboard: Keyboard) {}
  async press(key: string): Promise<void> {
    this.count += 1;
    await this.keyboard.press(key);
  }
}

/** Opens `memberId` from the search as timeOpen does; its keys are the search's, not the flow's. */
async function openMember(page: Page, memberId: string): Promise<void> {
  const search = page.getByRole('searchbox', { name: 'Find a member' });
  await search.fill(memberId);
  await search.press('Enter');
  await page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().waitFor();
  await search.press('ArrowDown');
  await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'option');
  await page.keyboard.press('Enter');
  await page.locator('main .member-header', { hasText: memberId }).waitFor();
}

/** Waits until focus is inside `region` (a rep sees the caret land before pressing on). */
async function focusWithin(region: Locator): Promise<void> {
  // No named functions inside page callbacks: tsx's esbuild wraps them in a helper the page lacks.
  await region.page().waitForFunction((el) => el.contains(document.activeElement), await region.elementHandle());
}

const isFocusWithin = (region: Locator) => region.evaluate((el) => el.contains(document.activeElement));

/**
 * Starts timing in the page: the Enter keydown (capture phase, before React sees it) to the frame after
 * the dialog's status shows a confirmation number. The caller must make one more round trip to the
 * page before pressing, so this script is installed first (CDP runs a page's messages in order).
 */
function timeConfirmation(page: Page): Promise<number> {
  return page.evaluate(() => new Promise<number>((resolve) => {
    let start = 0;
    addEventListener('keydown', (e) => e.key === 'Enter' && (start = performance.now()), { capture: true, once: true });
    const observer = new MutationObserver(() => {
      const status = document.querySelector('[role="dialog"] [role="status"]');
      if (start === 0 || !status?.textContent?.includes('Confirmation number') || !status.querySelector('.confirmation-number')?.textContent) return;
      observer.disconnect();
      requestAnimationFrame(() => resolve(performance.now() - start));
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  }));
}

/** What the page showed when a step did not finish, for the error that stops the run. */
const describePage = (page: Page, what: string) => async () => {
  const alerts = await page.getByRole('alert').allTextContents();
  return `${what} did not finish within 15 s (focus on ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120))}; alerts: ${alerts.join(' | ') || 'none'}).`;
};

/** Closes the result with its focused Done, outside any counted span, ready for the next member. */
async function closeResult(page: Page, dialog: Locator): Promise<void> {
  await focusWithin(dialog.getByRole('button', { name: 'Done' }));
  await page.keyboard.press('Enter');
  await dialog.waitFor({ state: 'detached' });
}

async function optIn(page: Page, memberId: string): Promise<{ keys: number; confirmMs: number }> {
  await openMember(page, memberId);
  const keys = new KeyCounter(page.keyboard);
  await keys.press('Alt+KeyI');
  const dialog = page.getByRole('dialog', { name: 'Opt in to the payment plan' });
  await focusWithin(dialog);
  // Step 1 is pre-filled for a phone call by the member: Enter in its focused field continues.
  await keys.press('Enter');
  const confirm = dialog.getByRole('button', { name: 'Confirm opt-in' });
  const elapsed = timeConfirmation(page);
  await focusWithin(confirm);
  await keys.press('Enter');
  const confirmMs = await withTimeout(elapsed, 15_000, describePage(page, `Opting in ${memberId}`));
  await dialog.getByRole('status').filter({ hasText: /Opted in\. Confirmation number M3P-/ }).waitFor();
  const counted = keys.count;
  await closeResult(page, dialog);
  return { keys: counted, confirmMs };
}

async function optOut(page: Page, memberId: string): Promise<number> {
  await openMember(page, memberId);
  const keys = new KeyCounter(page.keyboard);
  await keys.press('Alt+KeyO');
  const dialog = page.getByRole('dialog', { name: 'Opt out of the payment plan' });
  const reasons = dialog.getByRole('radiogroup', { name: 'Reason' });
  await reasons.waitFor();
  await focusWithin(dialog);
  // Focus starts on the first reason when the plan's reasons were loaded at open (the member view
  // loads them); if they arrived later it sits on Channel, and a rep goes back with Shift+Tab.
  for (let i = 0; i < 3 && !(await isFocusWithin(reasons)); i++) await keys.press('Shift+Tab');
  await keys.press('Space');
  await reasons.locator('input:checked').waitFor();
  await keys.press('Enter');
  await focusWithin(dialog.getByRole('button', { name: 'Confirm opt-out' }));
  await keys.press('Enter');
  await withTimeout(
    dialog.getByRole('status').filter({ hasText: /Opted out\. Confirmation number \S/ }).waitFor({ timeout: 0 }),
    15_000,
    describePage(page, `Opting out ${memberId}`),
  );
  const counted = keys.count;
  await closeResult(page, dialog);
  return counted;
}

/** Returns the two keystroke counts (the most any member needed) and the opt-in confirm p95. */
export async function measureParticipationFlows(options: { backendUrl: string; dbPath: string; optIns?: number; optOuts?: number }) {
  const members = pickParticipationMembers(options.dbPath, { optIn: options.optIns ?? 20, optOut: options.optOuts ?? 5 });
  const { page, close } = await startBenchConsole(options.backendUrl);
  try {
    const optInKeys: number[] = [];
    const confirmMs: number[] = [];
    for (const id of members.optIn) {
      const run = await optIn(page, id);
      optInKeys.push(run.keys);
      confirmMs.push(run.confirmMs);
    }
    const optOutKeys: number[] = [];
    for (const id of members.optOut) optOutKeys.push(await optOut(page, id));
    process.stderr.write(`bench: keys per opt-in ${optInKeys.join(',')}; per opt-out ${optOutKeys.join(',')}\n`);
    return {
      'keystrokes.opt_in': { value: Math.max(...optInKeys), unit: 'keys', target: 6 },
      'keystrokes.opt_out': { value: Math.max(...optOutKeys), unit: 'keys', target: 8 },
      'write.opt_in.p95_ms': { value: Math.round(percentile(confirmMs, 95) * 10) / 10, unit: 'ms', target: 150 },
    };
  } finally {
    await close();
  }
}
