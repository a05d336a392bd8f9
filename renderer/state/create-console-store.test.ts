import { describe, expect, it } from 'vitest';
import { createRepConsoleClient } from '../api/rep-console-client';
import { buildTestProfile } from '../test/build-test-profile';
import { createFakeRepConsole } from '../test/create-fake-rep-console';
import { buildTestInteraction } from '../test/create-fake-interaction';
import type { ConsoleState } from './console-state';
import { createConsoleStore } from './create-console-store';

/**
 * State that is not about a member, and may outlive a sign-out. Anything not listed here must be
 * back to its initial value after sign-out, so a new slice that holds PHI and forgets to register
 * it with `holdsPhi` fails this test.
 */
const NOT_PHI = new Set<keyof ConsoleState>([
  'session',
  'hasLoadedSession',
  'sessionMessage',
  'isSigningIn',
  'signInOptions',
  'providerPageUrl',
  'connection',
  'isSandboxBackend',
  'activeDomain',
  'programSettings',
  'programSettingsError',
  'clientRules',
  'clientRulesErrors',
]);

function dataOf(state: ConsoleState): Record<string, unknown> {
  return Object.fromEntries(Object.entries(state).filter(([key, value]) => typeof value !== 'function' && !NOT_PHI.has(key as keyof ConsoleState)));
}

describe('sign-out', () => {
  it('returns every slice that holds PHI to its initial state in one reset', async () => {
    const profile = buildTestProfile();
    const client = createRepConsoleClient(createFakeRepConsole({ profiles: [profile] }).api);
    const store = createConsoleStore(client);
    const pristine = dataOf(createConsoleStore(client).getState());
    await store.getState().loadSession();
    await store.getState().searchMembers({ by: 'memberId', memberId: profile.member.memberId });
    await store.getState().openMember(profile.member.memberId);
    await store.getState().toggleMbi();
    store.getState().applyInteractionChanged(buildTestInteraction({ notes: 'Daughter says the bill is wrong.' }));
    store.getState().openDialog('opt-out');
    expect(dataOf(store.getState())).not.toEqual(pristine);

    await store.getState().signOut();
    expect(dataOf(store.getState())).toEqual(pristine);
    expect(store.getState().session).toBeNull();
  });

  it('drops a search answer that arrives after sign-out', async () => {
    const profile = buildTestProfile();
    const fake = createFakeRepConsole({ profiles: [profile] });
    const store = createConsoleStore(createRepConsoleClient(fake.api));
    const release = fake.holdNext('searchMembers');
    const searching = store.getState().searchMembers({ by: 'memberId', memberId: profile.member.memberId });
    await store.getState().signOut();
    release();
    await searching;
    expect(store.getState().searchResults).toBeNull();
  });
});
