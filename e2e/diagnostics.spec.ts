/**
 * "Export diagnostics" from the palette in Chromium against the sandbox: the rep hears where the
 * archive went, and the archive holds the logs, policy, versions, statistics and the live softphone
 * link's state, but nothing of the member the rep had open.
 */
import { formatMbi } from '../shared/lib/mbi';
import { readArchive } from '../main/diagnostics/testing/read-archive';
import { expect, splitName, test } from './fixtures';

test('exports diagnostics from the palette: the path is announced and the archive holds its parts, none of the member', async ({ app, sandbox }) => {
  const member = sandbox.samples[0]!;
  await app.signIn();
  await app.openMemberById(member.memberId);
  const focusedElement = () => app.page.evaluate(() => document.activeElement?.outerHTML ?? '');
  const focusedBefore = await focusedElement();
  await app.runCommand('Export diagnostics');
  const notice = app.page.getByText(/^Diagnostics saved to .+\.zip$/);
  await expect(notice).toBeVisible();
  await expect(notice).toHaveAttribute('aria-live', 'polite');
  // The palette handed focus back where it was, and the notice does not take it.
  expect(await focusedElement()).toBe(focusedBefore);
  await app.expectAccessible('diagnostics saved');

  const path = ((await notice.textContent()) ?? '').replace(/^Diagnostics saved to /, '');
  expect(path).toMatch(/[\\/]diagnostics[\\/]rep-console-diagnostics-[A-Za-z0-9-]+-[\dT-]+Z\.zip$/);
  const files = readArchive(path);
  expect(Object.keys(files)).toEqual(expect.arrayContaining(['README.txt', 'environment.json', 'policy.json', 'statistics.json', 'softphone.json', 'last-errors.jsonl', 'manifest.json']));
  expect(Object.keys(files).some((name) => /^logs\/rep-console\..+\.log$/.test(name))).toBe(true);
  expect(JSON.parse(files['environment.json']!)).toMatchObject({ trigger: 'palette', host: 'web', electron: 'web host (no Electron)' });
  expect(JSON.parse(files['softphone.json']!)).toMatchObject({ isRunning: true, link: { state: 'unpaired', listeningPort: app.softphoneLinkPort } });
  const statistics = JSON.parse(files['statistics.json']!) as { cache: { entries: number } };
  expect(statistics.cache.entries).toBeGreaterThanOrEqual(1);
  const policy = JSON.parse(files['policy.json']!) as { settings: { setting: string; value: unknown }[] };
  expect(policy.settings.find((entry) => entry.setting === 'backend.url')?.value).toBe(sandbox.url.replace(/\/+$/, ''));

  const { first, last } = splitName(member.name);
  const digits = member.phone.replace(/\D/g, '').slice(-10);
  const asWord = (value: string) => new RegExp(`(?<![\\p{L}\\d])${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\d])`, 'iu');
  for (const [name, text] of Object.entries(files)) {
    for (const value of [first, last, member.memberId, member.mbi, formatMbi(member.mbi), member.dateOfBirth, member.phone, digits]) {
      expect(text, `${name} holds ${value}`).not.toMatch(asWord(value));
    }
  }

  await app.page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
});
