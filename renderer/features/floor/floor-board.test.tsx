import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Session } from '../../../shared/domain/session';
import type { FloorAgent, FloorSnapshot } from '../../../shared/floor/floor-board';
import { createFakeRepConsole, type FakeRepConsole } from '../../test/create-fake-rep-console';
import { press } from '../../test/keyboard';
import { createRepConsoleClient } from '../../api/rep-console-client';
import { App } from '../../app/app';
import { emptyFloorBoard } from './testing/create-fake-floor';

// Only Date is faked: the clock the board ticks by stands still unless a test moves it, while timers run.
const NOW = Date.parse('2026-03-01T14:30:00.000Z');
beforeEach(() => vi.useFakeTimers({ toFake: ['Date'], now: NOW }));
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});
// The board and its chart library load lazily; load them once up front so each test times only itself.
beforeAll(() => import('./floor-board'), 60_000);

const LEAD: Session = { user: { id: 'lead1', displayName: 'Morgan Lee', role: 'team_lead' }, signedInAt: '2026-03-01T14:00:00.000Z' };
const ago = (seconds: number) => new Date(NOW - seconds * 1000).toISOString();
const agent = (id: string, displayName: string, over: Partial<FloorAgent> = {}): FloorAgent => ({
  id, displayName, state: 'available', awayReason: null, since: ago(65), handledCount: 0, handleSeconds: 0, ...over,
});

function board(over: Partial<FloorSnapshot> = {}): FloorSnapshot {
  return emptyFloorBoard({
    agents: [
      agent('rep1', 'Jordan Alvarez', { state: 'on_call', since: ago(125), handledCount: 3, handleSeconds: 900 }),
      agent('rep2', 'Priya Shah', { state: 'away', awayReason: 'lunch', handledCount: 1, handleSeconds: 200 }),
      agent('agent007', 'Ruth Young', { state: 'offline', since: null }),
    ],
    queue: { waitingCount: 2, oldestWaitingSince: ago(40) },
    handleTimeByHour: [{ hourStart: '2026-03-01T14:00:00.000Z', handledCount: 4, handleSeconds: 1100 }],
    callsByDisposition: [{ code: 'BILLING_QUESTION', label: 'Billing question answered', count: 3 }, { code: 'OPT_IN', label: 'Opted in', count: 1 }],
    ...over,
  });
}

async function openBoard(fake: FakeRepConsole): Promise<HTMLElement> {
  render(<App client={createRepConsoleClient(fake.api)} />);
  await screen.findByRole('heading', { level: 1, name: 'No member open' }, { timeout: 5_000 });
  const name = 'Team area: Floor board';
  // The console's shortcuts are attached in an effect after the first paint: press until the area opens.
  await waitFor(() => {
    if (!screen.queryByRole('region', { name })) press('F', { altKey: true, shiftKey: true, code: 'KeyF' });
    expect(screen.getByRole('region', { name })).toBeTruthy();
  }, { timeout: 5_000 });
  const area = screen.getByRole('region', { name });
  await within(area).findByRole('table', { name: "Reps on Morgan Lee's team" }, { timeout: 5_000 });
  return area;
}

const rowOf = (area: HTMLElement, name: string) => within(area).getByRole('row', { name: new RegExp(`^${name}`) });

// Each test renders the whole console, as a lead would see it.
describe('the floor board', { timeout: 20_000 }, () => {
  it("shows every rep's state with its reason, time in state, calls handled and average handle time, and the team's totals", async () => {
    const fake = createFakeRepConsole({ session: LEAD });
    fake.setFloor({ feed: 'connected', board: board() });
    const area = await openBoard(fake);
    expect(within(rowOf(area, 'Jordan Alvarez')).getAllByRole('cell').map((c) => c.textContent)).toEqual(['On a call', '2:05', '3', '5:00']);
    expect(within(rowOf(area, 'Priya Shah')).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Away · Lunch', '1:05', '1', '3:20']);
    expect(within(rowOf(area, 'Ruth Young')).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Offline', '—', '0', '—']);
    const totals = within(area).getByRole('region', { name: 'Team totals' });
    const figure = (term: string) => within(totals).getByText(term).nextElementSibling?.textContent;
    expect([figure('Calls waiting'), figure('Longest wait'), figure('Handled today'), figure('Average handle time')]).toEqual(['2', '0:40', '4', '4:35']);
    expect(within(area).getByText('Live')).toBeTruthy();
    // Time in state and the longest wait tick on their own.
    vi.setSystemTime(NOW + 5_000);
    await waitFor(() => expect(within(rowOf(area, 'Jordan Alvarez')).getAllByRole('cell')[1]?.textContent).toBe('2:10'));
    expect(figure('Longest wait')).toBe('0:45');
  });

  it('gives each chart a text alternative: a table with the same figures', async () => {
    const fake = createFakeRepConsole({ session: LEAD });
    fake.setFloor({ feed: 'connected', board: board() });
    const area = await openBoard(fake);
    const byHour = within(area).getByRole('table', { name: 'Average handle time by hour' });
    expect(within(byHour).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell').map((c) => c.textContent))).toEqual([['4', '4:35']]);
    const byDisposition = within(area).getByRole('table', { name: 'Calls by disposition' });
    expect(within(byDisposition).getAllByRole('rowheader').map((c) => c.textContent)).toEqual(['Billing question answered', 'Opted in']);
    expect(within(area).getByRole('figure', { name: 'Calls by disposition' })).toBeTruthy();
  });

  it('moves between reps with the arrow keys, and a live update re-renders the row in place without moving focus', async () => {
    const fake = createFakeRepConsole({ session: LEAD });
    fake.setFloor({ feed: 'connected', board: board() });
    const area = await openBoard(fake);
    await waitFor(() => expect(document.activeElement).toBe(rowOf(area, 'Jordan Alvarez')));
    press('ArrowDown');
    const priya = rowOf(area, 'Priya Shah');
    expect(document.activeElement).toBe(priya);
    const next = board();
    act(() => fake.setFloor({ feed: 'connected', board: { ...next, agents: next.agents.map((a) => (a.id === 'rep2' ? { ...a, state: 'on_call', awayReason: null, since: ago(1) } : a)) } }, { push: true }));
    expect(within(priya).getAllByRole('cell')[0]?.textContent).toBe('On a call');
    expect(document.activeElement).toBe(priya);
    press('End');
    expect(document.activeElement).toBe(rowOf(area, 'Ruth Young'));
  });

  it('announces only significant changes: the queue getting into trouble and out of it, and the feed dropping', async () => {
    const fake = createFakeRepConsole({ session: LEAD });
    fake.setFloor({ feed: 'connected', board: board() });
    const area = await openBoard(fake);
    const live = within(area).getAllByRole('status').find((s) => s.getAttribute('aria-live') === 'polite' && s.classList.contains('sr-only'));
    expect(live?.textContent).toBe('');
    act(() => fake.setFloor({ feed: 'connected', board: board({ queue: { waitingCount: 3, oldestWaitingSince: ago(20) } }) }, { push: true }));
    expect(live?.textContent).toBe('');
    act(() => fake.setFloor({ feed: 'connected', board: board({ queue: { waitingCount: 6, oldestWaitingSince: ago(80) } }) }, { push: true }));
    expect(live?.textContent).toBe('Queue alert: 6 calls waiting, the longest for 1 min 20 s.');
    const raised = live?.textContent;
    act(() => fake.setFloor({ feed: 'connected', board: board({ queue: { waitingCount: 4, oldestWaitingSince: ago(30) } }) }, { push: true }));
    expect(live?.textContent).toBe(raised);
    act(() => fake.setFloor({ feed: 'connected', board: board({ queue: { waitingCount: 1, oldestWaitingSince: ago(5) } }) }, { push: true }));
    expect(live?.textContent).toBe('Queue back to normal: 1 call waiting.');
    act(() => fake.setFloor({ feed: 'connecting', board: board({ queue: { waitingCount: 1, oldestWaitingSince: ago(5) } }) }, { push: true }));
    expect(live?.textContent).toMatch(/^The floor board lost its live feed/);
    expect(within(area).getByText('Reconnecting: figures may be behind')).toBeTruthy();
  });

  it('follows main only while open: leaving the board stops listening and tells main to close the stream', async () => {
    const fake = createFakeRepConsole({ session: LEAD });
    fake.setFloor({ feed: 'connected', board: board() });
    const area = await openBoard(fake);
    expect(fake.floorListeners()).toBe(1);
    area.focus();
    press('Escape');
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Team area: Floor board' })).toBeNull());
    expect(fake.floorListeners()).toBe(0);
    expect(fake.floorCloses()).toBe(1);
  });
});
