/**
 * The one shape of every multi-step flow (opt in, opt out): a dialog with numbered steps, one live
 * status line, focus on the first field of each step, and Cancel/Escape that ask before throwing
 * away a draft. The flow owns the draft and the step; this owns everything a rep must find the same.
 */
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { Dialog } from '../../ui/dialog';
import type { MemberProfile } from '../../../shared/domain/member-profile';
import { focusFirstField } from '../../ui/focus-first-field';

/** What the console hands every member flow: the member as main last sent it, and how to close. */
export interface MemberFlowProps {
  readonly profile: MemberProfile;
  readonly onClose: () => void;
}

/** What a step may do to the dialog around it. */
export interface FlowControls {
  /** Cancel: closes at once when nothing was entered, else asks first. */
  readonly requestClose: () => void;
}

/** The flow's title and steps, where it is, whether a draft would be lost, and the live status line. */
export interface FlowDialogProps {
  readonly title: string;
  readonly steps: readonly string[];
  /** 0-based; `steps.length` is the result screen after the change went through. */
  readonly stepIndex: number;
  readonly hasDraft: boolean;
  /** "Discard this opt-in?" */
  readonly discardTitle: string;
  /** Announced as it changes: "Sending…", the confirmation number. Shown large on the result screen. */
  readonly status: ReactNode;
  readonly onClose: () => void;
  readonly children: (controls: FlowControls) => ReactNode;
}

/** Renders the flow dialog and, while asking, the discard question on top of it. */
export function FlowDialog({ title, steps, stepIndex, hasDraft, discardTitle, status, onClose, children }: FlowDialogProps) {
  const [isAsking, setIsAsking] = useState(false);
  const stepRef = useRef<HTMLDivElement>(null);
  const isResult = stepIndex >= steps.length;
  const requestClose = () => (hasDraft && !isResult ? setIsAsking(true) : onClose());

  // The first step is focused by the dialog on open; every later step starts at its first field.
  useLayoutEffect(() => {
    if (stepRef.current) focusFirstField(stepRef.current);
  }, [stepIndex]);

  return (
    <Dialog title={title} onClose={requestClose} className="flow-dialog">
      {isResult ? null : (
        <h3 className="flow-step">
          Step {stepIndex + 1} of {steps.length}: {steps[stepIndex]}
        </h3>
      )}
      <div ref={stepRef} key={stepIndex} className="flow-body">
        {children({ requestClose })}
      </div>
      <p role="status" className={isResult ? 'flow-status flow-status-done' : 'flow-status'}>
        {status}
      </p>
      {isAsking ? (
        <ConfirmDialog
          title={discardTitle}
          message="What you entered will be lost."
          confirmLabel="Discard"
          cancelLabel="Keep editing"
          onConfirm={onClose}
          onCancel={() => setIsAsking(false)}
        />
      ) : null}
    </Dialog>
  );
}
