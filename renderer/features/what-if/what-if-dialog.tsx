/**
 * The what-if bill calculator, for anyone on the line: with no member open (a prospect, family, a
 * caregiver) it uses only what the caller says; with one it starts from their date and spending.
 * Every change recalculates with the one shared calculator; nothing is sent anywhere.
 */
import { useEffect } from 'react';
import type { MemberProfile } from '../../../shared/domain/member-profile';
import { useConsoleStore } from '../../state/use-console-store';
import { Dialog } from '../../ui/dialog';
import { formatMemberName } from '../member/format-member-name';
import { WhatIfForm } from './what-if-form';

/** The open member (null for a caller with no record) and how to close. */
export interface WhatIfDialogProps {
  readonly profile: MemberProfile | null;
  readonly onClose: () => void;
}

/** Renders the calculator once program settings are in (they hold each year's threshold). */
export function WhatIfDialog({ profile, onClose }: WhatIfDialogProps) {
  const settings = useConsoleStore((state) => state.programSettings);
  const settingsError = useConsoleStore((state) => state.programSettingsError);
  const loadProgramSettings = useConsoleStore((state) => state.loadProgramSettings);
  useEffect(() => void loadProgramSettings(), [loadProgramSettings]);

  return (
    <Dialog title="What-if bill calculator" onClose={onClose} className="flow-dialog what-if">
      <p className="muted">
        {profile
          ? `Starting from ${formatMemberName(profile.member, 'heading')}'s claims on file. Nothing here changes the record.`
          : 'For any caller, member or not: only the figures typed here are used, and nothing is saved.'}
      </p>
      {settings ? (
        <WhatIfForm settings={settings} profile={profile} />
      ) : settingsError ? (
        <div role="alert" className="alert-error">
          <p>The program settings could not be loaded: {settingsError}</p>
          <button type="button" className="button" onClick={() => void loadProgramSettings()}>
            Try again
          </button>
        </div>
      ) : (
        <p role="status">Loading program settings…</p>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
