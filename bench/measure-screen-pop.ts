/**
 * Screen pop, end to end: the softphone simulator sends a ringing event over the local link → main
 * pops (number → member search → record fetched) → the member header is rendered in Chromium through
 * the web host. First pops of each member are cache misses; a second call from each is a cache hit.
 * Timed from just before the simulator sends to the frame after the header shows the caller, on one
 * clock (both processes read the same wall clock through performance.timeOrigin).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { chromium, type Page } from 'playwright-core';
import { createSoftphoneSimulator, type SoftphoneSimulator } from '../sandbox/softphone/create-softphone-simulator';
import { spawnListeningProcess } from '../scripts/spawn-listening-process';
import { LINK_PATH } from '../shared/softphone/link-protocol';
import { percentile } from './percentile';
import { withTimeout } from './with-timeout';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const epochNow = () => performance.timeOrigin + performance.now();

/** Members alone on their phone number (so the pop opens them, not a chooser), spread over the file. */
function pickPoppableMembers(dbPath: string, count: number): { memberId: string; phone: string }[] {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    return db
      .prepare<[number], { memberId: string; phone: string }>(`SELECT member_id AS memberId, phone FROM members
        WHERE phone IN (SELECT phone FROM members GROUP BY phone HAVING COUNT(*) = 1) ORDER BY (member_key * 7919) % 100003 LIMIT ?`)
      .all(count);
  } finally {
    db.close();
  }
}

/** Rings one call and resolves with ms from the ring to the rendered header. */
async function timePop(page: Page, sim: SoftphoneSimulator, phone: string): Promise<number> {
  const rendered = page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const before = document.querySelector('main h1')?.textContent ?? '';
        const observer = new MutationObserver(() => {
          const now = document.querySelector('main h1')?.textContent ?? '';
          if (now !== before && now !== '' && now !== 'No member open') {
            observer.disconnect();
            requestAnimationFrame(() => resolve(performance.timeOrigin + performance.now()));
          }
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      }),
  );
  // The observer is in place before the ring leaves.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  const sentAt = epochNow();
  await sim.ring({ ani: phone });
  const renderedAt = await withTimeout(rendered, 15_000, async () => `The pop for a call from ${phone} did not render a member header within 15 s (alerts: ${(await page.getByRole('alert').allTextContents()).join(' | ') || 'none'}).`);
  await sim.hangUp();
  // Wrap-up done at once, as a rep would between calls, so the next call finds the rep available.
  await page.evaluate(async () => {
    type Call = (input?: unknown) => Promise<{ ok: boolean; value?: unknown }>;
    const bridge = (window as unknown as { repConsole: Record<string, Call | undefined> }).repConsole;
    const current = await bridge.getCurrentInteraction?.();
    const interaction = current?.ok ? (current.value as { id: string; phase: string; dispositions: { code: string }[] } | null) : null;
    const code = interaction?.dispositions[0]?.code;
    if (interaction?.phase === 'wrap_up' && code) await bridge.finishWrapUp?.({ interactionId: interaction.id, dispositionCode: code, summary: 'Bench call.' });
  });
  return renderedAt - sentAt;
}

/** Returns p95 figures for first pops (cache miss) and repeat pops (cache hit) of `count` members. */
export async function measureScreenPop(options: { backendUrl: string; dbPath: string; count?: number }) {
  const members = pickPoppableMembers(options.dbPath, options.count ?? 30);
  // A fresh cache folder per run: the first pop of every member is a real cache miss.
  const dir = mkdtempSync(join(tmpdir(), 'bench-pop-'));
  const host = await spawnListeningProcess('main/hosts/web-host-cli.ts', ['--user-data', dir], { env: { REPCONSOLE_BACKEND_URL: options.backendUrl } });
  const linkPort = Number(host.announcement.softphoneLinkPort);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS }).catch(async (error: unknown) => {
    await host.stop();
    throw error;
  });
  const sim = createSoftphoneSimulator({ url: `ws://127.0.0.1:${linkPort}${LINK_PATH}`, name: 'Bench Softphone' });
  try {
    const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    await page.goto(host.url);
    await page.getByLabel('User name').fill('rep1');
    await page.getByLabel('Password').fill('sandbox');
    await page.getByLabel('Password').press('Enter');
    await page.getByRole('searchbox', { name: 'Find a member' }).waitFor();
    const code = await page.evaluate(async () => {
      const bridge = (window as unknown as { repConsole: { newSoftphonePairingCode(): Promise<{ ok: boolean; value?: { pairing: { code: string } | null } }> } }).repConsole;
      return (await bridge.newSoftphonePairingCode()).value?.pairing?.code ?? '';
    });
    await sim.pair(code);
    const misses: number[] = [];
    const hits: number[] = [];
    for (const { phone } of members) misses.push(await timePop(page, sim, phone));
    for (const { phone } of members) hits.push(await timePop(page, sim, phone));
    return {
      'screen_pop.cache_hit.p95_ms': { value: round(percentile(hits, 95)), unit: 'ms', target: 100 },
      'screen_pop.cache_miss.p95_ms': { value: round(percentile(misses, 95)), unit: 'ms', target: 250 },
    };
  } finally {
    await sim.close();
    await browser.close();
    await host.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

const round = (n: number) => Math.round(n * 10) / 10;
