/** Renders the console over a fake and opens a member the way a rep does: type the ID, Enter, ArrowDown, Enter. */
import { fireEvent, screen, within } from '@testing-library/react';
import type { MemberProfile } from '../../shared/domain/member-profile';
import { formatMemberName } from '../features/member/format-member-name';
import { createFakeRepConsole, type FakeRepConsole, type FakeRepConsoleOptions } from './create-fake-rep-console';
import { press } from './keyboard';
import { renderConsole } from './render-console';

/** Resolves with the fake once the member's heading shows; key presses made here are not part of any budget. */
export async function openMemberByKeyboard(profile: MemberProfile, options: FakeRepConsoleOptions = {}): Promise<FakeRepConsole> {
  const fake = createFakeRepConsole({ ...options, profiles: [profile, ...(options.profiles ?? [])] });
  await renderConsole(fake);
  const box = screen.getByRole('searchbox', { name: 'Find a member' });
  fireEvent.change(box, { target: { value: profile.member.memberId } });
  press('Enter');
  await within(await screen.findByRole('listbox', { name: 'Search results' })).findByRole('option');
  press('ArrowDown');
  press('Enter');
  await screen.findByRole('heading', { level: 1, name: formatMemberName(profile.member, 'heading') });
  return fake;
}
