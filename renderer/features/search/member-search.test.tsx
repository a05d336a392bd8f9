import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { buildTestProfile } from '../../test/build-test-profile';
import { createFakeRepConsole } from '../../test/create-fake-rep-console';
import { renderConsole } from '../../test/render-console';

afterEach(cleanup);

const maria = buildTestProfile();
const mario = buildTestProfile({ member: { memberId: 'NSH400099999', mbi: '3C45D67EF89', firstName: 'Mario', middleInitial: null } });

function search(text: string): HTMLElement {
  const box = screen.getByRole('searchbox', { name: 'Find a member' });
  fireEvent.change(box, { target: { value: text } });
  fireEvent.keyDown(box, { key: 'Enter' });
  return box;
}

describe('member search', () => {
  it('explains a bad MBI in an alert tied to the field, and shows no result list', async () => {
    await renderConsole(createFakeRepConsole({ profiles: [maria] }));
    const box = search('1EG4-TE5-MK7S');
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(/^Not a valid MBI\. Character 11 of an MBI must be a digit/);
    expect(box.getAttribute('aria-describedby')?.split(' ')).toContain(alert.id);
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(screen.queryByText('No members match that search.')).toBeNull();
  });

  it('refuses a date of birth in the future instead of searching', async () => {
    await renderConsole(createFakeRepConsole({ profiles: [maria] }));
    search('Garcia 01/01/2999');
    expect(screen.getByRole('alert').textContent).toBe("A date of birth can't be in the future.");
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('says which key it detected while the rep types', async () => {
    await renderConsole(createFakeRepConsole());
    const box = screen.getByRole('searchbox', { name: 'Find a member' });
    fireEvent.change(box, { target: { value: '1EG4-TE5' } });
    expect(screen.getByText('Searching by MBI')).toBeTruthy();
    fireEvent.change(box, { target: { value: 'Garcia 03/14' } });
    expect(screen.getByText('Searching by last name and date of birth')).toBeTruthy();
  });

  it('says so in words when nobody matches', async () => {
    await renderConsole(createFakeRepConsole({ profiles: [maria] }));
    search('Nobody 01/02/1950');
    expect(await screen.findByText('No members match that search.')).toBeTruthy();
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('shows the backend error message in an alert', async () => {
    const fake = createFakeRepConsole({ profiles: [maria] });
    await renderConsole(fake);
    fake.failNext('searchMembers', { code: 'BACKEND_UNREACHABLE', message: "Can't reach the payer backend. Search needs the backend." });
    search('Garcia 03/14/1951');
    expect((await screen.findByRole('alert')).textContent).toBe("Can't reach the payer backend. Search needs the backend.");
  });

  it('moves through results with the arrow keys and opens the member with Enter', async () => {
    await renderConsole(createFakeRepConsole({ profiles: [maria, mario] }));
    const box = search('Garcia 03/14/1951');
    const list = await screen.findByRole('listbox', { name: 'Search results' });
    const options = within(list).getAllByRole('option');
    expect(options.map((o) => o.querySelector('.result-name')?.textContent)).toEqual(['Garcia, Maria', 'Garcia, Mario']);
    expect(options[0]?.textContent).toContain('•••••••MK73');
    expect(options[0]?.textContent).toContain('03/14/1951');

    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(options[0]);
    fireEvent.keyDown(options[0]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(options[1]);
    expect(options[1]?.getAttribute('aria-selected')).toBe('true');
    expect(options[0]?.getAttribute('aria-selected')).toBe('false');
    fireEvent.keyDown(options[1]!, { key: 'Home' });
    expect(document.activeElement).toBe(options[0]);
    fireEvent.keyDown(options[0]!, { key: 'End' });

    fireEvent.keyDown(options[1]!, { key: 'Enter' });
    const main = screen.getByRole('main');
    await waitFor(() => expect(within(main).getByRole('heading', { level: 1 }).textContent).toBe('Mario Garcia'));
    expect(document.activeElement).toBe(options[1]);

    fireEvent.keyDown(options[1]!, { key: 'Escape' });
    expect(document.activeElement).toBe(box);
  });

  it('takes the last results away while a new search runs, so a quick arrow key never opens the previous caller', async () => {
    const fake = createFakeRepConsole({ profiles: [maria, mario] });
    await renderConsole(fake);
    search('Garcia 03/14/1951');
    await screen.findByRole('listbox', { name: 'Search results' });
    const release = fake.holdNext('searchMembers');
    const box = search(mario.member.memberId);
    expect(screen.queryByRole('listbox', { name: 'Search results' })).toBeNull();
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(box);
    release();
    const options = within(await screen.findByRole('listbox', { name: 'Search results' })).getAllByRole('option');
    expect(options.map((o) => o.querySelector('.result-name')?.textContent)).toEqual(['Garcia, Mario']);
  });

  it('adds the opened member to recent lookups, which reopen it', async () => {
    await renderConsole(createFakeRepConsole({ profiles: [maria] }));
    search('NSH400012345');
    fireEvent.click(within(await screen.findByRole('listbox')).getByRole('option'));
    const recent = await screen.findByRole('list', { name: 'Recent lookups' });
    const item = within(recent).getByRole('button');
    expect(item.textContent).toContain('Garcia, Maria');
    expect(item.textContent).toContain('Northstar · cached just now');
  });
});
