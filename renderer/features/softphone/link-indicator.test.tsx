import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { LinkView } from '../../../shared/calls/call-views';
import { IDLE_CALLS } from '../../test/create-fake-calls';
import { renderCallsConsole } from '../../test/render-calls-console';

afterEach(cleanup);

const UNPAIRED: LinkView = { state: 'unpaired', softphoneName: null, pairing: null, ctiFeed: 'off', since: '2026-03-01T14:00:00.000Z' };

describe('the phone system feed in the top bar', () => {
  it('says whether the phone system reaches this console, beside the softphone link, and nothing while it is off', async () => {
    const fake = await renderCallsConsole({ calls: { ...IDLE_CALLS, link: UNPAIRED } });
    const banner = screen.getByRole('banner');
    expect(banner.textContent).not.toContain('Phone system');
    act(() => fake.emitCallsChanged({ ...IDLE_CALLS, link: { ...UNPAIRED, ctiFeed: 'connecting' } }));
    expect(banner.textContent).toContain('Phone system: connecting…');
    act(() => fake.emitCallsChanged({ ...IDLE_CALLS, link: { ...UNPAIRED, ctiFeed: 'connected' } }));
    expect(banner.textContent).toContain('Phone system: connected');
    // The softphone button keeps its own name: the feed is not the softphone.
    expect(screen.getByRole('button', { name: 'No softphone paired' })).toBeTruthy();
  });
});
