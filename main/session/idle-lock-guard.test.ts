import { describe, expect, it } from 'vitest';
import { INVOKE_METHODS, type InvokeChannel } from '../../shared/ipc/channels';
import { isAllowedWhileLocked } from './idle-lock-guard';

const channels = Object.keys(INVOKE_METHODS) as InvokeChannel[];

describe('what a locked console still does', () => {
  it('refuses every channel that reads or changes member data, including ones added later', () => {
    const memberWork = channels.filter((c) => /^(members|participation|payments|refunds|operations|approvals|audit):/.test(c) || c === 'floor:get');
    expect(memberWork.length).toBeGreaterThan(10);
    for (const channel of memberWork) expect(isAllowedWhileLocked(channel), channel).toBe(false);
    for (const channel of ['interactions:get-current', 'interactions:verify-caller', 'interactions:identify-member', 'interactions:finish-wrap-up', 'calls:start-secure-capture', 'softphone:new-pairing-code'] as const) {
      expect(isAllowedWhileLocked(channel), channel).toBe(false);
    }
    expect(isAllowedWhileLocked('some-area:new-thing' as InvokeChannel)).toBe(false);
  });

  it('keeps the session, the call controls and the notes autosave working', () => {
    for (const channel of ['session:unlock', 'session:sign-out', 'session:get-current', 'calls:command', 'calls:get-state', 'calls:resume-recording', 'interactions:save-notes', 'app:get-status', 'floor:close'] as const) {
      expect(isAllowedWhileLocked(channel), channel).toBe(true);
    }
  });
});
