/**
 * The console as a rep gets it, for browser benchmarks: a web host with a fresh cache folder against
 * `backendUrl`, Debian's Chromium on it, signed in as rep1 (or `username`) and waiting in the member search.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { spawnListeningProcess } from '../scripts/spawn-listening-process';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** The signed-in page, and how to stop the browser and host and remove the cache folder. */
export interface BenchConsole {
  readonly page: Page;
  close(): Promise<void>;
}

/** Starts host and browser and signs in; on a failure part-way it stops what it started. */
export async function startBenchConsole(backendUrl: string, username = 'rep1'): Promise<BenchConsole> {
  // A fresh cache folder per run: the first open of every member is a real cache miss.
  const userData = mkdtempSync(join(tmpdir(), 'bench-console-'));
  const host = await spawnListeningProcess('main/hosts/web-host-cli.ts', ['--user-data', userData], { env: { REPCONSOLE_BACKEND_URL: backendUrl } });
  const close = async (browser?: { close(): Promise<void> }) => {
    await browser?.close();
    await host.stop();
    rmSync(userData, { recursive: true, force: true });
  };
  try {
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
    try {
      const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
      await page.goto(host.url);
      await page.getByLabel('User name').fill(username);
      await page.getByLabel('Password').fill('sandbox');
      await page.getByLabel('Password').press('Enter');
      await page.getByRole('searchbox', { name: 'Find a member' }).waitFor();
      return { page, close: () => close(browser) };
    } catch (error) {
      await browser.close();
      throw error;
    }
  } catch (error) {
    await close();
    throw error;
  }
}
