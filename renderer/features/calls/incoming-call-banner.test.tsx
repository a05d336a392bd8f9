import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { buildRingingCall } from '../../test/create-fake-calls';
import { pressAlt } from '../../test/keyboard';
import { liveRegions, pushCall, renderCallsConsole } from '../../test/render-calls-console';

afterEach(cleanup);

describe('incoming-call banner', () => {
  it('shows who is calling without taking focus, and a screen reader hears the ring once, assertively', async () => {
    const fake = await renderCallsConsole();
    const box = screen.getByRole('searchbox', { name: 'Find a member' });
    expect(document.activeElement).toBe(box);
    expect(liveRegions()).toEqual({ assertive: '', polite: '' });

    pushCall(fake, buildRingingCall({ isIvrVerified: true }));
    const banner = screen.getByRole('region', { name: 'Incoming call' });
    expect(banner.textContent).toContain('(555) 201-4477');
    expect(banner.textContent).toContain('Queue: Member services');
    expect(banner.textContent).toContain('Reason: payment');
    expect(within(banner).getByText('Verified by IVR')).toBeTruthy();
    expect(within(banner).getByRole('button', { name: 'Answer Alt+A' }).getAttribute('aria-keyshortcuts')).toBe('Alt+A');
    expect(document.activeElement).toBe(box);
    const heard = liveRegions();
    expect(heard.assertive).toBe('Incoming call from (555) 201-4477, queue Member services, about payment, verified by the IVR. Press Alt+A to answer.');
    expect(heard.polite).toBe('');
    // The visible banner is not a live region itself, so the ring is not read twice.
    expect(banner.closest('[aria-live]')).toBeNull();
  });

  it('answers with Alt+A, even while typing, then becomes the call bar and says so politely', async () => {
    const fake = await renderCallsConsole();
    const box = screen.getByRole('searchbox', { name: 'Find a member' });
    fireEvent.change(box, { target: { value: 'Garc' } });
    pushCall(fake, buildRingingCall());
    pressAlt('A');
    expect(fake.callCommands).toEqual([{ action: 'answer' }]);
    expect(screen.getByRole('button', { name: 'Answering… Alt+A' })).toBeTruthy();

    pushCall(fake, buildRingingCall({ phase: 'connected', answeredAt: new Date().toISOString() }));
    expect(screen.queryByRole('region', { name: 'Incoming call' })).toBeNull();
    const bar = screen.getByRole('region', { name: 'Call' });
    expect(within(bar).getByRole('timer').textContent).toMatch(/^0:0\d$/);
    expect(liveRegions()).toEqual({ assertive: '', polite: 'Call connected.' });
    expect(document.activeElement).toBe(box);
    expect((box as HTMLInputElement).value).toBe('Garc');
  });

  it('hands focus to the call bar when the focused Answer button goes away', async () => {
    const fake = await renderCallsConsole();
    pushCall(fake, buildRingingCall());
    const answer = screen.getByRole('button', { name: 'Answer Alt+A' });
    answer.focus();
    fireEvent.click(answer);
    pushCall(fake, buildRingingCall({ phase: 'connected', answeredAt: new Date().toISOString() }));
    expect(document.activeElement).toBe(screen.getByRole('region', { name: 'Call' }));
  });

  it('goes away when dismissed, and stops announcing the ring', async () => {
    const fake = await renderCallsConsole();
    pushCall(fake, buildRingingCall());
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('region', { name: 'Incoming call' })).toBeNull();
    expect(liveRegions().assertive).toBe('');
    // The rep answered on the desk phone: the bar comes back for the call.
    pushCall(fake, buildRingingCall({ phase: 'connected', answeredAt: new Date().toISOString() }));
    expect(screen.getByRole('region', { name: 'Call' })).toBeTruthy();
  });

  it("says to answer on the phone when the console can't control the call, and Alt+A sends nothing", async () => {
    const fake = await renderCallsConsole();
    pushCall(fake, buildRingingCall({ canControl: false, callerNumber: null, queue: null, ivrIntent: null }));
    const banner = screen.getByRole('region', { name: 'Incoming call' });
    expect(banner.textContent).toContain('Number withheld');
    expect(within(banner).queryByRole('button', { name: /Answer/ })).toBeNull();
    expect(banner.textContent).toContain("Answer on your phone: this call came in a way the console can't control.");
    expect(liveRegions().assertive).toBe('Incoming call from Number withheld. Answer it on your phone.');
    pressAlt('A');
    expect(fake.callCommands).toEqual([]);
    expect(within(banner).getByRole('alert').textContent).toBe("This call can't be controlled from the console. Use your phone.");
  });

  it('shows main’s refusal as an alert in the banner', async () => {
    const fake = await renderCallsConsole();
    pushCall(fake, buildRingingCall());
    fake.failNext('controlCall', { code: 'CALL_NOT_CONTROLLABLE', message: 'The softphone is not connected. Answer on your phone.' });
    pressAlt('A');
    const banner = screen.getByRole('region', { name: 'Incoming call' });
    expect((await within(banner).findByRole('alert')).textContent).toBe('The softphone is not connected. Answer on your phone.');
    expect(within(banner).getByRole('button', { name: 'Answer Alt+A' })).toBeTruthy();
  });
});
