/** Test helper: the console over a fake with calls, rendered and ready (main's call state loaded). */
import { act, screen } from '@testing-library/react';
import type { CallPopped, CallView } from '../../shared/calls/call-views';
import { createFakeRepConsole, type FakeRepConsole, type FakeRepConsoleOptions } from './create-fake-rep-console';
import { renderConsole } from './render-console';

/** Renders the console and waits until the top bar shows the rep's state (calls:get-state answered). */
export async function renderCallsConsole(options: FakeRepConsoleOptions = {}): Promise<FakeRepConsole> {
  const fake = createFakeRepConsole(options);
  await renderConsole(fake);
  await screen.findByText(/^(Available|Away|On a call|Wrap-up|Offline)/);
  return fake;
}

/** Pushes calls:changed with this call, as main does, inside act so React settles first. */
export function pushCall(fake: FakeRepConsole, call: CallView | null): void {
  act(() => fake.emitCall(call));
}

/** Lets main's answers to commands already sent arrive (the fake answers on the next microtasks). */
export async function settle(): Promise<void> {
  await act(async () => {});
}

/** Pushes calls:popped. */
export function pushPop(fake: FakeRepConsole, pop: CallPopped): void {
  act(() => fake.emitCallPopped(pop));
}

/** The visually hidden live regions: what a screen reader hears, assertively and politely. */
export function liveRegions(): { assertive: string; polite: string } {
  const read = (name: string) => document.querySelector(`[data-live="${name}"]`)?.textContent ?? '';
  return { assertive: read('call-ringing'), polite: read('call-status') };
}
