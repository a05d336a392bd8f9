/**
 * The live floor board, end to end: with the softphone simulator playing 200 agents on lead1's team
 * (calls ringing in through the CTI webhook, answered, wrapped up, saved; breaks), one more simulated
 * rep changes state (PUT /v1/agents/me/state, as a console reports it) → the backend's floor stream →
 * the lead's web host → the board in Chromium shows the new state. Timed from just before the report
 * leaves to the frame after the row shows it, on one wall clock (performance.timeOrigin on both sides).
 */
import type { Page } from 'playwright-core';
import { createFloorSimulator } from '../sandbox/softphone/create-floor-simulator';
import { percentile } from './percentile';
import { startBenchConsole } from './start-bench-console';
import { withTimeout } from './with-timeout';

const epochNow = () => performance.timeOrigin + performance.now();

/** The states the measured rep goes through, and how the board words each. */
const CHANGES = [
  { state: 'away', reason: 'break', words: 'Away · Break' },
  { state: 'available', reason: null, words: 'Available' },
  { state: 'on_call', reason: null, words: 'On a call' },
  { state: 'wrap_up', reason: null, words: 'Wrap-up' },
  { state: 'available', reason: null, words: 'Available' },
  { state: 'away', reason: 'coaching', words: 'Away · Coaching' },
] as const;

/** Resolves with the wall-clock time of the frame after the agent's state cell reads `words`. */
function whenRowShows(page: Page, agentId: string, words: string): Promise<number> {
  // No named functions inside: the page gets this source as built, without the bundler's helpers.
  return page.evaluate(({ agentId, words }) => new Promise<number>((resolve) => {
    const observer = new MutationObserver(() => {
      if ((document.querySelector(`tr[data-agent-id="${agentId}"] td`)?.textContent ?? '') !== words) return;
      observer.disconnect();
      requestAnimationFrame(() => resolve(performance.timeOrigin + performance.now()));
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  }), { agentId, words });
}

/** p95 of `count` state changes on a 200-agent floor (target 1,000 ms). */
export async function measureFloorBoard(options: { backendUrl: string; agents?: number; count?: number }) {
  const agents = options.agents ?? 200;
  // One agent more than the floor: the first is moved only by the bench.
  const floor = createFloorSimulator({ backendUrl: options.backendUrl, agents: agents + 1, manualAgents: 1, callsPerMinute: 60, onProblem: (p) => process.stderr.write(`bench floor: ${p}\n`) });
  let lead: Awaited<ReturnType<typeof startBenchConsole>> | null = null;
  try {
    await floor.start();
    const [measured] = floor.manualAgentIds;
    if (!measured) throw new Error('The floor has no agent for the bench to move.');
    lead = await startBenchConsole(options.backendUrl, 'lead1');
    const { page } = lead;
    await page.keyboard.press('Alt+Shift+F');
    const rows = page.getByRole('region', { name: 'Team area: Floor board' }).locator(`tbody tr[data-agent-id^="agent"]`);
    await withTimeout(rows.nth(agents).waitFor(), 30_000, async () => `The floor board did not show ${agents + 1} simulated agents within 30 s (it shows ${await rows.count()}).`);
    const samples: number[] = [];
    for (let i = 0; i < (options.count ?? 30); i += 1) {
      const change = CHANGES[i % CHANGES.length]!;
      const shown = whenRowShows(page, measured, change.words);
      // The observer is in place before the report leaves.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
      const sentAt = epochNow();
      await floor.setState(measured, change.state, change.reason);
      const shownAt = await withTimeout(shown, 10_000, async () => `The board did not show ${measured} as "${change.words}" within 10 s.`);
      samples.push(shownAt - sentAt);
    }
    const counts = floor.counts();
    process.stderr.write(`bench floor: ${counts.signedOn} agents, ${counts.callsAnswered} calls answered and ${counts.stateReports} state reports during the run\n`);
    return { 'floor_board.update.p95_ms': { value: Math.round(percentile(samples, 95) * 10) / 10, unit: 'ms', target: 1000 } };
  } finally {
    await lead?.close();
    await floor.close();
  }
}
