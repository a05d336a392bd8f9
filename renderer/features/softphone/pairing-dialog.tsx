/**
 * "Pair a softphone": shows the six-digit code for the softphone to send once, until when it works,
 * and what happened (paired, disconnected); also makes a new code or forgets the paired softphone.
 * Opening it while no softphone is connected makes a code at once: the rep asked to pair.
 */
import { useEffect, useRef, useState } from 'react';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { Dialog } from '../../ui/dialog';
import { formatDateTime } from '../../ui/format-date-time';
import { useConsoleStore } from '../../state/use-console-store';
import { useNow } from '../clock/use-now';
import { describeLink } from './describe-link';

/** How to close. */
export interface PairingDialogProps {
  readonly onClose: () => void;
}

function minutesLeft(expiresAt: string, now: number): string {
  const seconds = (Date.parse(expiresAt) - now) / 1000;
  if (seconds < 60) return 'less than a minute left';
  const minutes = Math.round(seconds / 60);
  return minutes === 1 ? 'about a minute left' : `${minutes} minutes left`;
}

/** Renders the dialog; the link comes from main through the calls state. */
export function PairingDialog({ onClose }: PairingDialogProps) {
  const link = useConsoleStore((state) => state.callsState?.link ?? null);
  const notice = useConsoleStore((state) => state.softphoneNotice);
  const isBusy = useConsoleStore((state) => state.isSoftphoneBusy);
  const newCode = useConsoleStore((state) => state.newSoftphonePairingCode);
  const forget = useConsoleStore((state) => state.forgetSoftphone);
  const [isConfirmingForget, setConfirmingForget] = useState(false);
  const now = useNow(15_000);
  // Decided once, on the first state main gave: never a code the rep did not ask for (after Forget, say).
  const hasDecided = useRef(false);
  const pairing = link?.pairing ?? null;

  useEffect(() => {
    if (hasDecided.current || !link) return;
    hasDecided.current = true;
    if (link.state !== 'connected' && !link.pairing) void newCode();
  }, [link, newCode]);

  return (
    <Dialog title="Pair a softphone" onClose={onClose} className="pairing-dialog">
      <p role="status" className="pairing-status">
        {link ? describeLink(link) : 'Checking the softphone link…'}
      </p>
      {pairing ? (
        <section aria-labelledby="pairing-code-label">
          <p id="pairing-code-label">Enter this code in the softphone:</p>
          <output className="pairing-code" aria-label={`Pairing code ${pairing.code.split('').join(' ')}`}>
            {pairing.code}
          </output>
          <p className="muted">
            Works once, until {formatDateTime(pairing.expiresAt, 'time')} ({minutesLeft(pairing.expiresAt, now)}). Five wrong tries lock it.
          </p>
          <ol className="pairing-steps">
            <li>In the softphone, choose to connect to Rep Console.</li>
            <li>Type the code. The softphone shows here as connected once it is paired.</li>
          </ol>
        </section>
      ) : link?.state === 'connected' ? (
        <p>This console takes calls from {link.softphoneName ?? 'the paired softphone'}. Pairing another softphone replaces it.</p>
      ) : (
        <p>No pairing code is active{isBusy ? '' : ': make one, then enter it in the softphone'}.</p>
      )}
      {notice ? (
        <p role="alert" className="field-error">
          {notice}
        </p>
      ) : null}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={() => isBusy || void newCode()} aria-disabled={isBusy || undefined}>
          {pairing ? 'Make a new code' : link?.state === 'connected' ? 'Pair another softphone' : 'Make a code'}
        </button>
        {link && link.state !== 'unpaired' ? (
          <button type="button" className="button" onClick={() => isBusy || setConfirmingForget(true)} aria-disabled={isBusy || undefined}>
            Forget this softphone
          </button>
        ) : null}
        <button type="button" className="button button-primary" onClick={onClose} data-autofocus>
          Close
        </button>
      </div>
      {isConfirmingForget ? (
        <ConfirmDialog
          title="Forget this softphone?"
          message={`${link?.softphoneName ?? 'The softphone'} will be disconnected and must be paired again with a new code.`}
          confirmLabel="Forget it"
          cancelLabel="Keep it"
          onConfirm={() => {
            setConfirmingForget(false);
            void forget();
          }}
          onCancel={() => setConfirmingForget(false)}
        />
      ) : null}
    </Dialog>
  );
}
