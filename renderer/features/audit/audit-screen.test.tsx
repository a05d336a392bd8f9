import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AuditEntry } from '../../../shared/domain/audit';
import { createRepConsoleClient } from '../../api/rep-console-client';
import { ConsoleStoreContext } from '../../state/console-store-context';
import { createConsoleStore } from '../../state/create-console-store';
import { createFakeRepConsole, type FakeRepConsole } from '../../test/create-fake-rep-console';
import { press, tabTo, typeText } from '../../test/keyboard';
import AuditScreen from './audit-screen';

const entry = (seq: number, overrides: Partial<AuditEntry> = {}): AuditEntry => ({
  seq, at: `2026-03-01T14:${String(seq).padStart(2, '0')}:00.000Z`, userId: 'rep1', userName: 'Jordan Alvarez', role: 'rep', action: 'getMemberProfile', actionName: "Opened a member's record",
  memberId: 'NSH400012345', clientId: 'northstar', outcome: 'ok', confirmationNumber: null, authority: null, idempotencyKey: null, resultCount: null, detail: null, ...overrides,
});
const OPT_IN = entry(9, { action: 'optInMember', actionName: 'Opted a member in', confirmationNumber: 'M3P-7Q4K-2C9D', authority: 'member', idempotencyKey: '6f1c2a52-9d0b-4c55-8b1e-2f1f5f0c9a11' });
const REFUSED = entry(8, { action: 'optInMember', actionName: 'Opted a member in', outcome: 'ALREADY_PARTICIPATING', authority: 'member' });
const OTHER_MEMBER = entry(7, { memberId: 'NSH400099999', userId: 'rep2', userName: 'Priya Shah' });
const LEAD = { user: { id: 'lead1', displayName: 'Morgan Lee', role: 'team_lead' as const }, signedInAt: '2026-03-01T14:00:00.000Z' };

let fake: FakeRepConsole;

function renderScreen() {
  fake = createFakeRepConsole({ session: LEAD });
  const store = createConsoleStore(createRepConsoleClient(fake.api));
  render(<ConsoleStoreContext value={store}><AuditScreen /></ConsoleStoreContext>);
  return store;
}
const field = (name: string) => screen.getByLabelText(name) as HTMLInputElement;
// querySelectorAll, not getAllByRole: role queries over 60 rows are slow in jsdom.
const rows = () => Array.from(screen.getByRole('table').querySelectorAll('tbody tr')).map((row) => Array.from(row.querySelectorAll('td')).map((cell) => cell.textContent));

beforeEach(() => {
  renderScreen();
  fake.setAuditTrail([OPT_IN, REFUSED, OTHER_MEMBER, entry(1)]);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('the audit trail screen', () => {
  it('searches by member ID from the keyboard and shows who did what, the confirmation number, the authority and the outcome', async () => {
    expect(document.activeElement).toBe(field('Member ID'));
    typeText('nsh400012345');
    press('Enter');
    await screen.findByRole('table');
    expect(fake.auditSearches).toEqual([{ memberId: 'NSH400012345', limit: 50 }]);
    expect(rows()).toEqual([
      [expect.stringMatching(/^03\/01\/2026 /), 'Jordan Alvarez (rep1)', 'Opted a member in', 'NSH400012345', 'M3P-7Q4K-2C9D', 'member', 'Done'],
      [expect.any(String), 'Jordan Alvarez (rep1)', 'Opted a member in', 'NSH400012345', '—', 'member', 'Refused: ALREADY_PARTICIPATING'],
      [expect.any(String), 'Jordan Alvarez (rep1)', "Opened a member's record", 'NSH400012345', '—', '—', 'Done'],
    ]);
    expect(screen.getByRole('status').textContent).toBe('3 entries, newest first.');
  });

  it('sends the days picked as local midnights, and refuses a bad member ID or a reversed range before asking main', async () => {
    typeText('NSH4');
    tabTo(field('From'));
    typeText('2026-03-02');
    tabTo(field('To'));
    typeText('2026-03-01');
    press('Enter');
    expect(await screen.findByText(/three letters and nine digits/)).toBeTruthy();
    expect(screen.getByText('The "to" date must be on or after the "from" date.')).toBeTruthy();
    expect(fake.auditSearches).toEqual([]);
    tabTo(field('Member ID'));
    typeText('');
    tabTo(field('To'));
    typeText('2026-03-03');
    press('Enter');
    await waitFor(() => expect(fake.auditSearches).toHaveLength(1));
    expect(fake.auditSearches[0]).toEqual({ from: new Date(2026, 2, 2).toISOString(), to: new Date(2026, 2, 4).toISOString(), limit: 50 });
  });

  it('pages back with "Show older entries"', async () => {
    fake.setAuditTrail(Array.from({ length: 60 }, (_, i) => entry(60 - i)));
    press('Enter');
    const older = await screen.findByRole('button', { name: 'Show older entries' });
    expect(rows()).toHaveLength(50);
    tabTo(older);
    press('Enter');
    await waitFor(() => expect(rows()).toHaveLength(60));
    expect(fake.auditSearches.at(-1)).toEqual({ limit: 50, before: 11 });
    expect(screen.queryByRole('button', { name: 'Show older entries' })).toBeNull();
  });

  it('exports every match as a CSV download and says so', async () => {
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (created.push(blob as Blob), 'blob:audit'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicks: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    typeText('NSH400012345');
    tabTo(screen.getByRole('button', { name: 'Export CSV' }));
    press('Enter');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Exported 3 entries to audit-trail-2026-03-01-14-00-00.csv.'));
    expect(fake.auditExports).toEqual([{ memberId: 'NSH400012345' }]);
    expect(clicks).toEqual(['audit-trail-2026-03-01-14-00-00.csv']);
    expect(await created[0]?.text()).toBe('Sequence\r\n9\r\n8\r\n1\r\n');
  });

  it("shows main's refusal as an alert", async () => {
    fake.failNext('searchAuditTrail', { code: 'FORBIDDEN', message: 'Only team leads can do that; you are signed in as a rep.' });
    press('Enter');
    expect((await screen.findByRole('alert')).textContent).toBe('Only team leads can do that; you are signed in as a rep.');
  });
});
