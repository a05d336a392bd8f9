import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { LinkView } from '../../../shared/calls/call-views';
import { IDLE_CALLS } from '../../test/create-fake-calls';
import type { FakeRepConsole } from '../../test/create-fake-rep-console';
import { renderCallsConsole, settle } from '../../test/render-calls-console';
import { FAKE_PAIRING_CODE } from './testing/create-fake-softphone';

afterEach(cleanup);

const UNPAIRED: LinkView = { state: 'unpaired', softphoneName: null, pairing: null, ctiFeed: 'off', since: '2026-03-01T14:00:00.000Z' };

function pushLink(fake: FakeRepConsole, link: LinkView): void {
  act(() => fake.emitCallsChanged({ ...IDLE_CALLS, link }));
}

describe('pairing a softphone', () => {
  it('runs from the palette, shows a fresh code to read out, and says when the softphone is paired', async () => {
    const fake = await renderCallsConsole({ calls: { ...IDLE_CALLS, link: UNPAIRED } });
    expect(screen.getByRole('button', { name: 'No softphone paired' })).toBeTruthy();
    fireEvent.keyDown(document.body, { key: 'k', code: 'KeyK', ctrlKey: true });
    const input = screen.getByRole('combobox', { name: 'Type a command' });
    fireEvent.change(input, { target: { value: 'pair a soft' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await settle();

    const dialog = screen.getByRole('dialog', { name: 'Pair a softphone' });
    const code = within(dialog).getByRole('status', { name: `Pairing code ${FAKE_PAIRING_CODE.split('').join(' ')}` });
    expect(code.textContent).toBe(FAKE_PAIRING_CODE);
    expect(dialog.textContent).toMatch(/Works once, until .+ \(5 minutes left\)\. Five wrong tries lock it\./);
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Close' }));

    pushLink(fake, { ...UNPAIRED, state: 'connected', softphoneName: 'Acme Phone' });
    expect(within(dialog).getAllByRole('status')[0]!.textContent).toBe('Softphone: Acme Phone');
    expect(within(dialog).queryByText(FAKE_PAIRING_CODE)).toBeNull();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.getByRole('button', { name: 'Softphone: Acme Phone' })).toBeTruthy();
  });

  it('asks before forgetting the paired softphone, and makes no code on its own while one is connected', async () => {
    await renderCallsConsole();
    fireEvent.click(screen.getByRole('button', { name: 'Softphone: Test softphone' }));
    const dialog = screen.getByRole('dialog', { name: 'Pair a softphone' });
    expect(dialog.textContent).toContain('This console takes calls from Test softphone.');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Forget this softphone' }));
    const question = screen.getByRole('alertdialog', { name: 'Forget this softphone?' });
    expect(document.activeElement).toBe(within(question).getByRole('button', { name: 'Keep it' }));
    fireEvent.click(within(question).getByRole('button', { name: 'Forget it' }));
    await settle();
    expect(within(dialog).getAllByRole('status')[0]!.textContent).toBe('No softphone paired');
    expect(within(dialog).getByRole('button', { name: 'Make a code' })).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.getByRole('button', { name: 'No softphone paired' })).toBeTruthy();
  });
});
