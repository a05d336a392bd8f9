/** Renders the whole renderer app over a fake bridge and waits until the rep could start typing. */
import { render, screen, type RenderResult } from '@testing-library/react';
import { createRepConsoleClient } from '../api/rep-console-client';
import { App } from '../app/app';
import type { FakeRepConsole } from './create-fake-rep-console';

/** Resolves once the console shows its member search (signed-in fakes) or the sign-in heading. */
export async function renderConsole(fake: FakeRepConsole): Promise<RenderResult> {
  const result = render(<App client={createRepConsoleClient(fake.api)} />);
  await screen.findByRole('heading', { level: 1, name: /^(Sign in to Rep Console|No member open)$/ });
  return result;
}
