import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { buildTestProfile } from '../test/build-test-profile';
import { createFakeRepConsole } from '../test/create-fake-rep-console';
import { renderConsole } from '../test/render-console';
import { KEYMAP } from './keymap';

afterEach(cleanup);

async function openMaria(): Promise<void> {
  const box = screen.getByRole('searchbox', { name: 'Find a member' });
  fireEvent.change(box, { target: { value: 'NSH400012345' } });
  fireEvent.keyDown(box, { key: 'Enter' });
  fireEvent.click(within(await screen.findByRole('listbox', { name: 'Search results' })).getByRole('option'));
  await screen.findByRole('heading', { level: 1, name: 'Maria Garcia' });
}

describe('keyboard shortcuts', () => {
  it('does not open the shortcut sheet when ? is typed in the search box', async () => {
    await renderConsole(createFakeRepConsole());
    const box = screen.getByRole('searchbox', { name: 'Find a member' });
    expect(document.activeElement).toBe(box);
    fireEvent.keyDown(box, { key: '?', shiftKey: true });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('opens the shortcut sheet with ? outside text fields, and Escape puts focus back', async () => {
    await renderConsole(createFakeRepConsole());
    const commands = screen.getByRole('button', { name: 'Commands (Ctrl+K)' });
    commands.focus();
    fireEvent.keyDown(commands, { key: '?', shiftKey: true });
    const sheet = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    // Rows read once (a role query per command grows with the keymap and slows the suite).
    const rows = within(sheet)
      .getAllByRole('row')
      .map((row) => Array.from((row as HTMLTableRowElement).cells, (cell) => cell.textContent).join(' '));
    // The fake signs in a rep: the team lead's commands are not theirs to see (features/lead/lead-area.test.tsx).
    for (const command of KEYMAP.filter((c) => c.shortcut && !c.isLeadOnly)) expect(rows).toContain(`${command.shortcut?.label} ${command.label}`);
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(commands);
  });

  it('opens the command palette with Ctrl+K, listing every action with its shortcut', async () => {
    await renderConsole(createFakeRepConsole());
    const box = screen.getByRole('searchbox', { name: 'Find a member' });
    fireEvent.keyDown(box, { key: 'k', code: 'KeyK', ctrlKey: true });
    const palette = screen.getByRole('dialog', { name: 'Command palette' });
    const input = within(palette).getByRole('combobox', { name: 'Type a command' });
    expect(document.activeElement).toBe(input);
    const options = within(palette).getAllByRole('option');
    // A rep's palette: the team lead's commands are not listed (features/lead/lead-area.test.tsx).
    const repCommands = KEYMAP.filter((command) => !command.isLeadOnly);
    expect(options).toHaveLength(repCommands.length);
    repCommands.forEach((command, index) => {
      expect(options[index]?.textContent).toContain(command.label);
      if (command.shortcut) expect(options[index]?.querySelector('kbd')?.textContent).toBe(command.shortcut.label);
    });
    const balance = options.find((o) => o.textContent?.includes('Go to Balance & bills'));
    expect(balance?.getAttribute('aria-disabled')).toBe('true');
    expect(balance?.textContent).toContain('needs an open member');

    fireEvent.change(input, { target: { value: 'recent' } });
    expect(within(palette).getAllByRole('option').map((o) => o.textContent)).toEqual(['Go to recent lookupsAlt+L']);
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(box);
  });

  it('runs the highlighted palette command with Enter', async () => {
    await renderConsole(createFakeRepConsole({ profiles: [buildTestProfile()] }));
    await openMaria();
    fireEvent.keyDown(document.body, { key: 'k', code: 'KeyK', metaKey: true });
    const input = screen.getByRole('combobox', { name: 'Type a command' });
    fireEvent.change(input, { target: { value: 'claims' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('tab', { name: 'Claims' }).getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(screen.getByRole('tabpanel'));
  });

  it('selects Balance & bills with Alt+3 from the search box and moves focus to the panel', async () => {
    await renderConsole(createFakeRepConsole({ profiles: [buildTestProfile()] }));
    await openMaria();
    const box = screen.getByRole('searchbox', { name: 'Find a member' });
    fireEvent.keyDown(box, { key: '£', code: 'Digit3', altKey: true });
    const tab = within(screen.getByRole('tablist', { name: 'Data domains' })).getByRole('tab', { name: 'Balance & bills' });
    expect(tab.getAttribute('aria-selected')).toBe('true');
    const panel = screen.getByRole('tabpanel', { name: 'Balance & bills' });
    expect(document.activeElement).toBe(panel);
    expect(within(panel).getByRole('row', { name: 'Balance due $22.27' })).toBeTruthy();
  });

  it('moves between domain tabs with the arrow keys', async () => {
    await renderConsole(createFakeRepConsole({ profiles: [buildTestProfile()] }));
    await openMaria();
    const first = screen.getByRole('tab', { name: 'Member & eligibility' });
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowLeft' });
    const last = screen.getByRole('tab', { name: 'Contact history' });
    expect(document.activeElement).toBe(last);
    expect(screen.getByRole('tabpanel', { name: 'Contact history' }).textContent).toContain('No contacts on file.');
  });

  it('focuses and selects the search text with / from outside a field', async () => {
    await renderConsole(createFakeRepConsole({ profiles: [buildTestProfile()] }));
    await openMaria();
    const box = screen.getByRole<HTMLInputElement>('searchbox', { name: 'Find a member' });
    const tab = screen.getByRole('tab', { name: 'Member & eligibility' });
    tab.focus();
    fireEvent.keyDown(tab, { key: '/' });
    await waitFor(() => expect(document.activeElement).toBe(box));
    expect([box.selectionStart, box.selectionEnd]).toEqual([0, 'NSH400012345'.length]);
  });
});
