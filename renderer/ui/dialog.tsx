/**
 * A modal dialog on @radix-ui/react-dialog: a portal, a focus trap that knows about stacked dialogs
 * (the top one owns Tab and Escape), outside-click to close, and the rest of the page hidden from
 * assistive tech. Focus moves to the first field on open and back to where it was on close.
 *
 * Radix returns focus only to its own Trigger, so focus return is ours: `FocusReturn` is rendered
 * after the portal, so its layout cleanup runs once the dialog's DOM is gone and the trap can no
 * longer pull focus back in. That keeps it synchronous: a caller that must move focus after closing
 * (a palette command) closes with flushSync and then acts. No Radix Overlay: it injects a <style>
 * element for scroll locking, which the CSP (`style-src 'self'`) refuses; our backdrop is plain CSS.
 */
import * as RadixDialog from '@radix-ui/react-dialog';
import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { focusFirstField } from './focus-first-field';

/** The title names the dialog; onClose is called for Escape, outside clicks and Close buttons. */
export interface DialogProps {
  readonly title: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
  readonly className?: string;
  /** 'alertdialog' for a question that interrupts (discard a draft?). */
  readonly role?: 'dialog' | 'alertdialog';
  /** Read out with the title when the dialog opens. */
  readonly description?: ReactNode;
}

/** Remembers what had focus when the dialog opened and gives focus back when it closes. */
function FocusReturn() {
  useLayoutEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    return () => {
      if (previous?.isConnected) previous.focus();
    };
  }, []);
  return null;
}

/** Renders the dialog while mounted; unmount it (or call onClose) to close. */
export function Dialog({ title, onClose, children, className, role = 'dialog', description }: DialogProps) {
  const contentRef = useRef<HTMLDivElement>(null);
  return (
    <>
      <RadixDialog.Root open onOpenChange={(isOpen) => (isOpen ? undefined : onClose())}>
        <RadixDialog.Portal>
          <div className="dialog-backdrop" aria-hidden="true" />
          <RadixDialog.Content
            ref={contentRef}
            role={role}
            aria-modal="true"
            aria-describedby={undefined}
            className={['dialog', className].filter(Boolean).join(' ')}
            onOpenAutoFocus={(event) => {
              event.preventDefault();
              if (contentRef.current) focusFirstField(contentRef.current);
            }}
            onCloseAutoFocus={(event) => event.preventDefault()}
          >
            <RadixDialog.Title className="dialog-title">{title}</RadixDialog.Title>
            {description ? (
              <RadixDialog.Description asChild>
                <div className="dialog-description">{description}</div>
              </RadixDialog.Description>
            ) : null}
            {children}
          </RadixDialog.Content>
        </RadixDialog.Portal>
      </RadixDialog.Root>
      <FocusReturn />
    </>
  );
}
