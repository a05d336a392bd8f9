/** Renders the whole renderer app over a fake bridge and waits until the rep could start typing. */
import { render, screen, waitFor, type RenderResult } from '@testing-library/react';
import { expect } from 'vitest';
import { createRepConsoleClient } from '../api/rep-console-client';
import { App } from '../app/app';
import type { FakeRepConsole } from './create-fake-rep-console';

/**
 * Resolves once the console shows its member search (signed-in fakes) or the sign-in heading. A
 * signed-in console mounts after an answer from main (the lock state), so its mount effects — the
 * shortcut listener and focus on the search box — can run a moment after the heading shows: wait for
 * that focus too, or a busy machine lets a test press Ctrl+K before anything listens.
 */
export async function renderConsole(fake: FakeRepConsole): Promise<RenderResult> {
  const result = render(<App client={createRepConsoleClient(fake.api)} />);
  const heading = await screen.findByRole('heading', { level: 1, name: /^(Sign in to Rep Console|No member open)$/ });
  if (heading.textContent === 'No member open') {
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('searchbox', { name: 'Find a member' })));
  }
  return result;
}
