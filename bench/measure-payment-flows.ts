/**
 * Taking a payment the way a rep does on a call, in real Chromium through the web host: keys pressed
 * from a member open to the confirmation number — paying the current bill with the default saved
 * method, and with a card added during the call (every character of the test data counted) — and the
 * time from the Enter on "Take payment" to the frame after the confirmation number renders.
 */
import type { Keyboard, Locator, Page } from 'playwright-core';
import { benchCardNumber, pickPaymentMembers } from './measure-payment-members';
import { percentile } from './percentile';
import { startBenchConsole } from './start-bench-console';
import { withTimeout } from './with-timeout';

/** The only way keys are pressed inside a counted span; typed test data counts one key per character. */
class KeyCounter {
  count = 0;
  constructor(private readonly keyboard: Keyboard) {}
  async press(key: string): Promise<void> {
    this.count += 1;
    await this.keyboard.press(key);
  }
  async type(text: string): Promise<void> {
    for (const char of text) await this.press(char === ' ' ? 'Space' : char);
  }
}

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

/** Waits until focus is on (or inside) `target`: a rep sees the caret land before pressing on. */
async function focusOn(target: Locator): Promise<void> {
  await target.page().waitForFunction((el) => el.contains(document.activeElement), await target.elementHandle());
}

/** Enter keydown (capture phase) → the frame after the dialog's status shows a confirmation number. */
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

const describePage = (page: Page, what: string) => async () => {
  const alerts = await page.getByRole('alert').allTextContents();
  return `${what} did not finish within 15 s (focus on ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120))}; alerts: ${alerts.join(' | ') || 'none'}).`;
};

/** From step 3's focused "Take payment": Enter, timed, to the confirmation; then Done, outside the count. */
async function confirmAndClose(page: Page, dialog: Locator, keys: KeyCounter, memberId: string): Promise<{ keys: number; confirmMs: number }> {
  const elapsed = timeConfirmation(page);
  await focusOn(dialog.getByRole('button', { name: 'Take payment' }));
  await keys.press('Enter');
  const confirmMs = await withTimeout(elapsed, 15_000, describePage(page, `Paying for ${memberId}`));
  const counted = keys.count;
  await focusOn(dialog.getByRole('button', { name: 'Done' }));
  await page.keyboard.press('Enter');
  await dialog.waitFor({ state: 'detached' });
  return { keys: counted, confirmMs };
}

async function paySavedMethod(page: Page, memberId: string) {
  await openMember(page, memberId);
  const keys = new KeyCounter(page.keyboard);
  await keys.press('Alt+KeyP');
  const dialog = page.getByRole('dialog', { name: 'Take a payment' });
  await focusOn(dialog.getByRole('radio', { name: /^Current bill/ }));
  await keys.press('Enter');
  await focusOn(dialog.getByRole('radio', { name: /\(default\)$/ }));
  await keys.press('Enter');
  return confirmAndClose(page, dialog, keys, memberId);
}

async function payWithNewCard(page: Page, memberId: string, number: string) {
  await openMember(page, memberId);
  const keys = new KeyCounter(page.keyboard);
  await keys.press('Alt+KeyP');
  const dialog = page.getByRole('dialog', { name: 'Take a payment' });
  await focusOn(dialog.getByRole('radio', { name: /^Current bill/ }));
  await keys.press('Enter');
  await focusOn(dialog.getByRole('radio', { name: /\(default\)$/ }));
  await keys.press('Tab'); // the radio group is one stop: next is "Add a new card or bank account"
  await keys.press('Enter');
  const form = dialog.getByRole('form', { name: 'New payment method' });
  await focusOn(form.getByRole('radio', { name: 'Card' }));
  await keys.press('Tab');
  await focusOn(form.getByRole('checkbox', { name: 'Recording paused' }));
  await keys.press('Space');
  for (const [label, text] of [['Card number', number], ['Expiry (MM/YY)', '12/30'], ['Security code', '123'], ['Billing ZIP code', '62701']] as const) {
    await keys.press('Tab');
    await focusOn(form.getByLabel(label));
    await keys.type(text);
  }
  await keys.press('Enter');
  return confirmAndClose(page, dialog, keys, memberId);
}

/** The three figures; each run pays the current bill of `savedMethod + newCard` members of the bench database. */
export async function measurePaymentFlows(options: { backendUrl: string; processorUrl: string; dbPath: string; savedMethod?: number; newCard?: number }) {
  const members = pickPaymentMembers(options.dbPath, { savedMethod: options.savedMethod ?? 20, newCard: options.newCard ?? 3 });
  // The bench console's web host takes the processor from its environment, as the dev launchers pass it.
  const previous = process.env.REPCONSOLE_PROCESSOR_URL;
  process.env.REPCONSOLE_PROCESSOR_URL = options.processorUrl;
  const started = await startBenchConsole(options.backendUrl).finally(() => {
    if (previous === undefined) delete process.env.REPCONSOLE_PROCESSOR_URL;
    else process.env.REPCONSOLE_PROCESSOR_URL = previous;
  });
  try {
    const savedKeys: number[] = [];
    const confirmMs: number[] = [];
    for (const id of members.savedMethod) {
      const run = await paySavedMethod(started.page, id);
      savedKeys.push(run.keys);
      confirmMs.push(run.confirmMs);
    }
    const newCardKeys: number[] = [];
    for (const [index, id] of members.newCard.entries()) newCardKeys.push((await payWithNewCard(started.page, id, benchCardNumber(Date.now() + index))).keys);
    process.stderr.write(`bench: keys per saved-method payment ${savedKeys.join(',')}; per new-card payment ${newCardKeys.join(',')}\n`);
    return {
      'keystrokes.take_payment_saved_method': { value: Math.max(...savedKeys), unit: 'keys', target: 6 },
      'keystrokes.add_card_and_pay': { value: Math.max(...newCardKeys), unit: 'keys', target: 'report' },
      'write.payment.p95_ms': { value: Math.round(percentile(confirmMs, 95) * 10) / 10, unit: 'ms', target: 200 },
    };
  } finally {
    await started.close();
  }
}
