import { cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRepConsoleClient } from '../../api/rep-console-client';
import { ConsoleStoreContext } from '../../state/console-store-context';
import { createConsoleStore } from '../../state/create-console-store';
import { createFakeRepConsole } from '../../test/create-fake-rep-console';
import { ACTIVITY_REPORT_MS, useActivityReporter } from './use-activity-reporter';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function Reporter({ isActive }: { readonly isActive: boolean }) {
  useActivityReporter(isActive);
  return null;
}

/** Renders the reporter over a fake main, on the fake clock. */
function setup() {
  vi.useFakeTimers();
  const fake = createFakeRepConsole();
  const store = createConsoleStore(createRepConsoleClient(fake.api));
  const ui = (isActive: boolean) => (
    <ConsoleStoreContext.Provider value={store}>
      <Reporter isActive={isActive} />
    </ConsoleStoreContext.Provider>
  );
  const view = render(ui(true));
  return { fake, setActive: (isActive: boolean) => view.rerender(ui(isActive)) };
}

/** A burst of input: the pointer moving, a key, a click, the wheel. */
function burst(): void {
  for (let i = 0; i < 20; i += 1) fireEvent.pointerMove(window);
  fireEvent.keyDown(window, { key: 'a' });
  fireEvent.pointerDown(window);
  fireEvent.wheel(window);
}

describe('reporting activity to main', () => {
  it('tells main of input at once, then at most once per window, including the last input of a window', async () => {
    const { fake } = setup();
    burst();
    await vi.advanceTimersByTimeAsync(0);
    expect(fake.activityReports()).toBe(1);
    await vi.advanceTimersByTimeAsync(ACTIVITY_REPORT_MS);
    expect(fake.activityReports()).toBe(2);
    await vi.advanceTimersByTimeAsync(10 * ACTIVITY_REPORT_MS);
    expect(fake.activityReports()).toBe(2);
    burst();
    await vi.advanceTimersByTimeAsync(0);
    expect(fake.activityReports()).toBe(3);
  });

  it('sends nothing while locked (main would ignore it) and stops listening when unmounted', async () => {
    const { fake, setActive } = setup();
    setActive(false);
    burst();
    await vi.advanceTimersByTimeAsync(10 * ACTIVITY_REPORT_MS);
    expect(fake.activityReports()).toBe(0);
    cleanup();
    burst();
    await vi.advanceTimersByTimeAsync(0);
    expect(fake.activityReports()).toBe(0);
  });
});
