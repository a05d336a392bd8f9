import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeRepConsole } from '../../test/create-fake-rep-console';
import { renderConsole } from '../../test/render-console';

afterEach(cleanup);

async function runFromPalette(label: string): Promise<void> {
  fireEvent.click(screen.getByRole('button', { name: /Commands/ }));
  const palette = await screen.findByRole('dialog', { name: 'Command palette' });
  fireEvent.change(within(palette).getByRole('combobox', { name: 'Type a command' }), { target: { value: label } });
  fireEvent.keyDown(within(palette).getByRole('combobox'), { key: 'Enter' });
}

describe('the update note in the top bar', () => {
  it('says nothing until an update is ready, then names the version and when it installs', async () => {
    const fake = createFakeRepConsole();
    await renderConsole(fake);
    // Read the banner afresh each time: the shell may re-render it as other state (the lock) arrives.
    const banner = () => screen.getByRole('banner');
    expect(banner().textContent).not.toContain('Update');
    act(() => fake.emitUpdateChanged({ status: 'downloading', version: '1.4.2' }));
    expect(banner().textContent).not.toContain('Update');
    act(() => fake.emitUpdateChanged({ status: 'ready', version: '1.4.2', reason: 'Installs when you sign out.' }));
    expect(await within(banner()).findByText('Update 1.4.2 ready — installs when you sign out')).toBeTruthy();
  });

  it('shows a ready update main already had when the console opened', async () => {
    const fake = createFakeRepConsole();
    fake.emitUpdateChanged({ status: 'ready', version: '1.5.0' });
    await renderConsole(fake);
    expect(await screen.findByText('Update 1.5.0 ready — installs when you sign out')).toBeTruthy();
  });
});

describe('"Install update and restart" from the palette', () => {
  it("tells the rep why not while a call is up, in main's words", async () => {
    const fake = createFakeRepConsole();
    fake.emitUpdateChanged({ status: 'ready', version: '1.4.2' });
    fake.refuseNextInstall({ code: 'CALL_IN_PROGRESS', message: 'The update cannot install now: a call is connected. It installs when you sign out, or choose it again after the call.' });
    await renderConsole(fake);
    await runFromPalette('Install update');
    const status = await screen.findByText(/The update cannot install now: a call is connected/);
    expect(status.closest('[role="status"]')).not.toBeNull();
    expect(fake.installRequests()).toBe(1);
  });

  it('says it is restarting when main accepts', async () => {
    const fake = createFakeRepConsole();
    fake.emitUpdateChanged({ status: 'ready', version: '1.4.2' });
    await renderConsole(fake);
    await runFromPalette('Install update and restart');
    await waitFor(() => expect(screen.getByText('Installing the update: Rep Console restarts in a moment.')).toBeTruthy());
  });
});
