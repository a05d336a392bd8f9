/**
 * The live floor board: a team lead opens it from the team area (Alt+Shift+F) while the softphone
 * simulator plays a floor of agents against the sandbox — signing on, calls ringing in through the CTI
 * webhook, answered, wrapped up and saved. A simulated rep's state change shows on the lead's board
 * within a second (waited on in the DOM), a rep's own console does the same, and the board passes axe.
 */
import { FLOOR_AGENTS } from '../sandbox/floor/floor-agents';
import { createFloorSimulator, type FloorSimulator } from '../sandbox/softphone/create-floor-simulator';
import { expect, test } from './fixtures';

const nameOf = (id: string) => FLOOR_AGENTS.find((a) => a.user.id === id)?.user.displayName ?? id;

test.describe('the floor board', () => {
  // Several processes (sandbox, web hosts, the simulator) share two cores here.
  test.setTimeout(120_000);
  let floor: FloorSimulator | null = null;
  test.afterEach(async () => {
    await floor?.close();
    floor = null;
  });

  test('shows a simulated floor live: a rep changing state reaches the board within a second; it passes axe', async ({ app, sandbox }) => {
    // The chart library draws with style properties, never inline <style> or style attributes the CSP would refuse.
    const refused: string[] = [];
    app.page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) refused.push(message.text());
    });
    await app.signIn('lead1');
    const board = await app.openFloorBoard();
    await expect(board.getByRole('heading', { level: 1, name: 'Floor board' })).toBeVisible();
    await expect(board.getByText('Live', { exact: true })).toBeVisible();
    // The keyboard starts on the team's table; live updates (rows arriving above it too) never move it.
    await expect(board.locator('tbody tr').first()).toBeFocused();
    const focusedRep = await board.locator('tbody tr').first().getByRole('rowheader').textContent() ?? '';

    // Ten agents, the first moved only by the test; a few simulated minutes of calls pass each second.
    floor = createFloorSimulator({ backendUrl: sandbox.url, agents: 10, manualAgents: 1, callsPerMinute: 120, speed: 30 });
    await floor.start();
    const [manual] = floor.manualAgentIds;
    if (!manual) throw new Error('The simulator has no manual agent.');
    await expect(app.floorRow(nameOf(manual))).toContainText('Available');
    await expect(board.locator('tbody tr')).toHaveCount(13); // rep1, rep2, lead1 and the ten agents

    for (const [state, reason, words] of [['away', 'training', 'Away · Training'], ['on_call', null, 'On a call'], ['wrap_up', null, 'Wrap-up']] as const) {
      await floor.setState(manual, state, reason);
      await expect(app.floorRow(nameOf(manual))).toContainText(words, { timeout: 1_000 });
    }
    // Calls the simulator saved reach the totals and the charts.
    const totals = board.getByRole('region', { name: 'Team totals' });
    await expect(totals.getByText('Handled today').locator('xpath=following-sibling::dd')).not.toHaveText('0');
    await expect(board.getByRole('table', { name: 'Calls by disposition' }).getByRole('row')).not.toHaveCount(0);
    await expect(board.getByRole('figure', { name: 'Calls by disposition' }).locator('svg.recharts-surface')).toBeVisible();

    // Focus stayed on the rep the lead left it on through all of it.
    await expect(app.floorRow(focusedRep)).toBeFocused();
    await app.expectAccessible('floor board');
    expect(refused).toEqual([]);
  });

  test("shows a rep's own console going on a break within a second", async ({ app, launchConsole }) => {
    await app.signIn('lead1');
    await app.openFloorBoard();
    const rep = await launchConsole();
    await rep.signIn('rep2');
    await expect(app.floorRow('Priya Shah')).toContainText('Available');
    await rep.page.keyboard.press('Alt+q'); // the rep steps away for a break
    await expect(app.floorRow('Priya Shah')).toContainText('Away · Break', { timeout: 1_000 });
    await rep.page.keyboard.press('Alt+q'); // and is back
    await expect(app.floorRow('Priya Shah')).toContainText('Available', { timeout: 1_000 });
  });
});
