/**
 * Enter on a search result → member header rendered, measured inside real Chromium through the web
 * host against the sandbox at 100,000 members: first opens (cache miss, backend round trip) and repeat
 * opens (cache hit). Timed in the page from the Enter keydown to the frame after the header changes.
 */
import type { Page } from 'playwright-core';
import { percentile } from './percentile';
import { startBenchConsole } from './start-bench-console';
import { withTimeout } from './with-timeout';

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

/** Returns p95 figures for cache misses and hits over `memberIds` (each opened twice). */
export async function measureSearchToProfile(options: { backendUrl: string; memberIds: readonly string[] }) {
  const { page, close } = await startBenchConsole(options.backendUrl);
  try {
    const misses: number[] = [];
    const hits: number[] = [];
    for (const id of options.memberIds) misses.push(await timeOpen(page, id));
    for (const id of options.memberIds) hits.push(await timeOpen(page, id));
    return {
      'search_to_profile.cache_hit.p95_ms': { value: round(percentile(hits, 95)), unit: 'ms', target: 100 },
      'search_to_profile.cache_miss.p95_ms': { value: round(percentile(misses, 95)), unit: 'ms', target: 300 },
    };
  } finally {
    await close();
  }
}

const round = (n: number) => Math.round(n * 10) / 10;
