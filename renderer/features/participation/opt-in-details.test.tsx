import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { buildOptInCandidate } from '../../test/build-opt-in-candidate';
import { press, tabTo } from '../../test/keyboard';
import { openMemberByKeyboard } from '../../test/open-member-by-keyboard';
import { continueToConfirm, startOptIn } from '../../test/opt-in-steps';

afterEach(cleanup);

describe('opt in, step 1 details', () => {
  it('makes an urgent pharmacy request effective on the visit date and projects the bill from that fill', async () => {
    await openMemberByKeyboard(buildOptInCandidate());
    const flow = await startOptIn();
    tabTo(within(flow).getByRole('radio', { name: 'Phone' }));
    for (let i = 0; i < 3; i += 1) press('ArrowDown');
    expect(within(flow).getByRole<HTMLInputElement>('radio', { name: 'Urgent pharmacy request (point of sale)' }).checked).toBe(true);
    expect(within(flow).getByLabelText<HTMLInputElement>('Effective date').value).toBe('11/15/2026');
    await continueToConfirm(flow);
    expect(flow.textContent).toContain('effective 11/15/2026');
    expect(flow.textContent).toContain(
      "(threshold $2,100.00 − $400.00 already paid this year) ÷ 2 months left = cap $850.00; November's new cost sharing $326.25 is under the cap, so the bill is $326.25.",
    );
  });

  it('says the first bill cannot be projected for a year whose threshold is not configured', async () => {
    await openMemberByKeyboard(buildOptInCandidate());
    const flow = await startOptIn();
    tabTo(within(flow).getByRole('radio', { name: '2026' }));
    press('ArrowDown');
    await continueToConfirm(flow);
    expect(flow.textContent).toContain('for 2027, effective 01/01/2027');
    expect(flow.textContent).toContain('The 2027 out-of-pocket threshold is not configured yet, so the first bill cannot be projected.');
  });

  it('lists an expired representative disabled, with why', async () => {
    await openMemberByKeyboard(buildOptInCandidate());
    const flow = await startOptIn();
    const robert = within(flow).getByRole<HTMLInputElement>('radio', { name: 'Robert Garcia (son, personal representative)' });
    expect(robert.disabled).toBe(true);
    expect(document.getElementById(robert.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      "Can't authorise changes: the Durable power of attorney expired after 10/31/2026.",
    );
    expect(within(flow).getByRole<HTMLInputElement>('radio', { name: 'Dana Carter (daughter, appointed representative)' }).disabled).toBe(false);
  });

  it('closes at once when nothing was changed, but asks before discarding a draft', async () => {
    await openMemberByKeyboard(buildOptInCandidate());
    const start = document.activeElement;
    let flow = await startOptIn();
    press('Escape');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(start);

    flow = await startOptIn();
    tabTo(within(flow).getByRole('radio', { name: 'Phone' }));
    press('ArrowDown');
    const web = document.activeElement;
    press('Escape');
    const ask = await screen.findByRole('alertdialog', { name: 'Discard this opt-in?' });
    expect(document.activeElement).toBe(within(ask).getByRole('button', { name: 'Keep editing' }));
    press('Enter');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(web);
    press('Escape');
    press('Tab', { shiftKey: true });
    expect(document.activeElement?.textContent).toBe('Discard');
    press('Enter');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(start);
  });
});
