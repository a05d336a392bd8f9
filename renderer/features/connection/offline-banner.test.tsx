import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeRepConsole, ONLINE } from '../../test/create-fake-rep-console';
import { renderConsole } from '../../test/render-console';

afterEach(cleanup);

describe('offline banner', () => {
  it('appears when main reports the backend unreachable, and goes when it is back', async () => {
    const fake = createFakeRepConsole();
    await renderConsole(fake);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(await screen.findByText('Online')).toBeTruthy();

    fake.emitConnectionChanged({ ...ONLINE, isOnline: false, message: 'The backend did not answer within 5 seconds.' });
    const banner = await screen.findByRole('alert');
    expect(banner.textContent).toBe("Can't reach the payer backend. The backend did not answer within 5 seconds. Showing cached data, read-only.");
    expect(screen.getByText('Offline')).toBeTruthy();

    fake.emitConnectionChanged({ ...ONLINE, isOnline: false, message: "Can't reach the payer backend at http://127.0.0.1:4010." });
    expect((await screen.findByText(/at http:/)).closest('[role="alert"]')?.textContent).toBe(
      "Can't reach the payer backend at http://127.0.0.1:4010. Showing cached data, read-only.",
    );

    fake.emitConnectionChanged(ONLINE);
    expect(await screen.findByText('Online')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
