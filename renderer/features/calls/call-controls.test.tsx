import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { buildRingingCall, IDLE_CALLS } from '../../test/create-fake-calls';
import { press, pressAlt, typeText } from '../../test/keyboard';
import { liveRegions, pushCall, renderCallsConsole, settle } from '../../test/render-calls-console';

afterEach(cleanup);

const connected = (overrides: Parameters<typeof buildRingingCall>[0] = {}) =>
  buildRingingCall({ phase: 'connected', answeredAt: new Date(Date.now() - 65_000).toISOString(), ...overrides });
const bar = () => screen.getByRole('region', { name: 'Call' });

describe('call controls', () => {
  it('shows the talk time, and holds and resumes with Alt+H on a button that keeps focus', async () => {
    const fake = await renderCallsConsole();
    pushCall(fake, connected());
    expect(within(bar()).getByRole('timer').textContent).toMatch(/^1:0[5-7]$/);
    const hold = within(bar()).getByRole('button', { name: 'Hold Alt+H' });
    hold.focus();
    pressAlt('H');
    expect(fake.callCommands).toEqual([{ action: 'hold' }]);
    await settle();

    pushCall(fake, connected({ phase: 'held' }));
    expect(within(bar()).getByText('On hold')).toBeTruthy();
    expect(document.activeElement?.textContent).toBe('Resume Alt+H');
    expect(liveRegions().polite).toBe('Call on hold.');
    press('Enter');
    expect(fake.callCommands).toEqual([{ action: 'hold' }, { action: 'resume' }]);
  });

  it('mutes and unmutes with Alt+K, and says so', async () => {
    const fake = await renderCallsConsole();
    pushCall(fake, connected());
    pressAlt('K');
    await settle();
    pushCall(fake, connected({ isMuted: true }));
    expect(within(bar()).getByText('Muted')).toBeTruthy();
    expect(liveRegions().polite).toBe('Call connected. Microphone muted.');
    pressAlt('K');
    expect(fake.callCommands).toEqual([{ action: 'mute' }, { action: 'unmute' }]);
  });

  it('transfers from a small form: Alt+T focuses it, an empty target is explained, Enter sends, Escape gives focus back', async () => {
    const fake = await renderCallsConsole();
    pushCall(fake, connected());
    pressAlt('T');
    const form = within(bar()).getByRole('form', { name: 'Transfer the call' });
    const field = within(form).getByRole('textbox', { name: 'Transfer to' });
    expect(document.activeElement).toBe(field);
    press('Enter');
    expect((await within(form).findByRole('alert')).textContent).toBe('Enter an extension or a phone number.');
    expect(fake.callCommands).toEqual([]);

    press('Escape');
    expect(within(bar()).queryByRole('form')).toBeNull();
    expect(document.activeElement).toBe(within(bar()).getByRole('button', { name: 'Transfer… Alt+T' }));

    pressAlt('T');
    typeText(' 4455 ');
    press('Enter');
    expect(fake.callCommands).toEqual([{ action: 'transfer', target: '4455' }]);
    await waitFor(() => expect(within(bar()).queryByRole('form')).toBeNull());
    expect(document.activeElement).toBe(within(bar()).getByRole('button', { name: 'Transfer… Alt+T' }));
  });

  it('hangs up with Alt+X, and hands focus to the bar when the controls go', async () => {
    const fake = await renderCallsConsole();
    pushCall(fake, connected());
    within(bar()).getByRole('button', { name: 'Hang up Alt+X' }).focus();
    pressAlt('X');
    expect(fake.callCommands).toEqual([{ action: 'hang_up' }]);
    pushCall(fake, connected({ phase: 'ended', endedAt: new Date().toISOString() }));
    expect(bar().textContent).toContain('Call ended');
    expect(document.activeElement).toBe(bar());
    expect(liveRegions().polite).toBe('Call ended.');
  });

  it('answers and hangs up even while a dialog is open, but Alt+T waits for it to close', async () => {
    const fake = await renderCallsConsole();
    fireEvent.keyDown(document.activeElement!, { key: 'k', code: 'KeyK', ctrlKey: true });
    const palette = screen.getByRole('dialog', { name: 'Command palette' });
    pushCall(fake, buildRingingCall());
    pressAlt('A');
    await settle();
    pushCall(fake, connected());
    pressAlt('T');
    pressAlt('X');
    expect(fake.callCommands).toEqual([{ action: 'answer' }, { action: 'hang_up' }]);
    expect(palette.isConnected).toBe(true);
    expect(document.querySelector('form[aria-label="Transfer the call"]')).toBeNull();
  });

  it("hides the controls and says why when the console can't control the call", async () => {
    const fake = await renderCallsConsole();
    pushCall(fake, connected({ canControl: false }));
    expect(within(bar()).queryByRole('button')).toBeNull();
    expect(bar().textContent).toContain("Hold, transfer and hang up on your phone: this call came in a way the console can't control.");
    pressAlt('H');
    expect(fake.callCommands).toEqual([]);
    expect(within(bar()).getByRole('alert').textContent).toBe("This call can't be controlled from the console. Use your phone.");
  });

  it('says there is no call when a call key is pressed between calls', async () => {
    const fake = await renderCallsConsole();
    pressAlt('X');
    expect(fake.callCommands).toEqual([]);
    const strip = screen.getByRole('alert');
    expect(strip.textContent).toBe('There is no call in progress. OK');
    fireEvent.click(within(strip).getByRole('button', { name: 'OK' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('agent state', () => {
  it('shows the rep’s state and for how long, and Alt+Q takes a break and comes back', async () => {
    const since = new Date(Date.now() - 12 * 60_000).toISOString();
    const fake = await renderCallsConsole({ calls: { ...IDLE_CALLS, agent: { state: 'available', awayReason: null, since } } });
    const top = screen.getByRole('banner');
    expect(within(top).getByText(/^Available/).textContent).toBe('Available · 12 min');
    pressAlt('Q');
    expect(await within(top).findByText(/^Away \(break\)/)).toBeTruthy();
    pressAlt('Q');
    expect(await within(top).findByText(/^Available/)).toBeTruthy();
    expect(fake.agentChoices).toEqual([{ state: 'away', awayReason: 'break' }, { state: 'available' }]);

    fake.emitAgentChanged({ state: 'wrap_up', awayReason: null, since: new Date().toISOString() });
    expect(await within(top).findByText(/^Wrap-up/)).toBeTruthy();
    pressAlt('Q');
    expect(fake.agentChoices).toHaveLength(2);
    expect(screen.getByRole('alert').textContent).toContain('Finish wrap-up first');
  });
});
