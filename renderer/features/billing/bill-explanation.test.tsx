import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { buildTestProfile } from '../../test/build-test-profile';
import { press, tabTo } from '../../test/keyboard';
import { openMemberByKeyboard } from '../../test/open-member-by-keyboard';

afterEach(cleanup);

describe('explaining a bill in Balance & bills', () => {
  it("explains each month with the member's own numbers, read out while focus stays on the button", async () => {
    await openMemberByKeyboard(buildTestProfile());
    press('3', { altKey: true, code: 'Digit3' });
    const panel = screen.getByRole('tabpanel', { name: 'Balance & bills' });
    const january = within(panel).getByRole('button', { name: 'Explain the January 2026 bill' });
    tabTo(january);
    press('Enter');
    expect(january.getAttribute('aria-expanded')).toBe('true');
    const region = document.getElementById(january.getAttribute('aria-controls') ?? '');
    expect(region?.getAttribute('aria-live')).toBe('polite');
    expect(region?.textContent).toBe(
      "How the January 2026 bill was worked out(threshold $2,100.00 − $0.00 already paid this year) ÷ 12 months left = cap $175.00; January's new cost sharing $420.00 is over the cap, so the bill is the cap, $175.00, and the other $245.00 is spread over the months after.",
    );

    const february = within(panel).getByRole('button', { name: 'Explain the February 2026 bill' });
    tabTo(february);
    press('Enter');
    expect(region?.textContent).toBe('How the February 2026 bill was worked out(unbilled $245.00 + new $0.00) ÷ 11 months left = $22.27.');
    expect(january.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(february);
    press('Enter');
    expect(region?.textContent).toBe('');
  });
});
