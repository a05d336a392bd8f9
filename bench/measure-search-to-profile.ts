/**
 * Enter on a search result → member header rendered, measured inside real Chromium through the web
 * host against the sandbox at 100,000 members: first opens (cache miss, backend round trip) and repeat
 * opens (cache hit). Timed in the page from the Enter keydown to the frame after the header changes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { spawnListeningProcess } from '../scripts/spawn-listening-process';
import { percentile } from './percentile';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

async function timeOpen(page: Page, memberId: string): Promise<number> {
  const search = page.getByRole('searchbox', { name: 'Find a member' });
  await search.fill(memberId);
  await search.press('Enter');
  await page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().waitFor();
  await search.press('ArrowDown');
  const elapsed = page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const before = document.querySelector('main h1')?.textContent ?? '';
        let start = 0;
        addEventListener('keydown', (e) => e.key === 'Enter' && (start = performance.now()), { capture: true, once: true });
        const observer = new MutationObserver(() => {
          const now = document.querySelector('main h1')?.textContent ?? '';
          if (start > 0 && now !== before && now !== '') {
            observer.disconnect();
            requestAnimationFrame(() => resolve(performance.now() - start));
          }
        });
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      }),
  );
  await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'option' || document.activeElement?.tagName === 'INPUT');
  await page.keyboard.press('Enter');
  return withTimeout(elapsed, 15_000, async () => {
    const alert = await page.getByRole('alert').allTextContents();
    return `Opening ${memberId} did not render its header within 15 s (focus on ${await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120))}; alerts: ${alert.join(' | ') || 'none'}).`;
  });
}

/** A measurement that never hangs the whole run: after `ms` it fails with what the page showed. */
async function withTimeout<T>(work: Promise<T>, ms: number, describe: () => Promise<string>): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => void describe().then((message) => reject(new Error(message)), reject), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Returns p95 figures for cache misses and hits over `memberIds` (each opened twice). */
export async function measureSearchToProfile(options: { backendUrl: string; memberIds: readonly string[] }) {
  const userData = mkdtempSync(join(tmpdir(), 'bench-console-'));
  const host = await spawnListeningProcess('main/hosts/web-host-cli.ts', ['--user-data', userData], {
    env: { REPCONSOLE_BACKEND_URL: options.backendUrl },
  });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    await page.goto(host.url);
    await page.getByLabel('User name').fill('rep1');
    await page.getByLabel('Password').fill('sandbox');
    await page.getByLabel('Password').press('Enter');
    await page.getByRole('searchbox', { name: 'Find a member' }).waitFor();
    const misses: number[] = [];
    const hits: number[] = [];
    for (const id of options.memberIds) misses.push(await timeOpen(page, id));
    for (const id of options.memberIds) hits.push(await timeOpen(page, id));
    return {
      'search_to_profile.cache_hit.p95_ms': { value: round(percentile(hits, 95)), unit: 'ms', target: 100 },
      'search_to_profile.cache_miss.p95_ms': { value: round(percentile(misses, 95)), unit: 'ms', target: 300 },
    };
  } finally {
    await browser.close();
    await host.stop();
    rmSync(userData, { recursive: true, force: true });
  }
}

const round = (n: number) => Math.round(n * 10) / 10;
