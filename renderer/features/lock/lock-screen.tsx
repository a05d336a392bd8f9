/**
 * The lock screen: over everything, saying who is signed in and how to unlock. It is a Radix modal
 * layer on top of any open flow, so the flow below pauses (its Escape, outside click and focus trap
 * stand still) instead of closing, and everything else on the page is hidden and inert meanwhile.
 * Focus goes to the unlock field, and back where it was once unlocked.
 */
import * as RadixDialog from '@radix-ui/react-dialog';
import { useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import { useConsoleStore } from '../../state/use-console-store';
import { hideEverythingElse } from './hide-everything-else';
import { LockCallStatus } from './lock-call-status';
import { ProviderUnlock } from './provider-unlock';

const ROLE_NAMES = { rep: 'Rep', team_lead: 'Team lead' } as const;
const ERROR_ID = 'lock-error';

/** Rendered inside the lock's portal: hides the rest of the page while mounted, shows it again on unmount. */
function LockedAway() {
  const marker = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => (marker.current ? hideEverythingElse(marker.current) : undefined), []);
  return <span ref={marker} hidden />;
}

/**
 * Rendered after the lock's portal, so its cleanup runs once the lock's DOM is gone (and shown again
 * what it hid): the lock's focus trap can no longer pull focus back, as in ui/dialog.tsx.
 */
function ReturnFocus({ to }: { readonly to: HTMLElement | null }) {
  useLayoutEffect(() => () => {
    if (to?.isConnected) to.focus();
  }, [to]);
  return null;
}

/** Renders the lock screen for the signed-in user; unmount it (main said unlocked) to unlock. */
export function LockScreen() {
  // Read while rendering, before anything is hidden: what the rep was working in when it locked.
  const [returnFocusTo] = useState(() => (document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null));
  const user = useConsoleStore((state) => state.session?.user ?? null);
  const lock = useConsoleStore((state) => state.lockState);
  const isUnlocking = useConsoleStore((state) => state.isUnlocking);
  const unlockError = useConsoleStore((state) => state.unlockError);
  const unlockConsole = useConsoleStore((state) => state.unlockConsole);
  const signOut = useConsoleStore((state) => state.signOut);
  const passwordRef = useRef<HTMLInputElement>(null);
  const contentRef = useRef<HTMLDivElement>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const isProvider = lock?.unlockMethod === 'provider';
  const name = user?.displayName ?? 'the signed-in user';

  async function handleSubmit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const password = passwordRef.current?.value ?? '';
    if (password === '') {
      setFormError('Enter your password.');
      return passwordRef.current?.focus();
    }
    setFormError(null);
    const isUnlocked = await unlockConsole({ method: 'password', password });
    if (!isUnlocked && passwordRef.current) {
      passwordRef.current.value = '';
      passwordRef.current.focus();
    }
  }

  const error = formError ?? unlockError;
  return (
    <>
      <RadixDialog.Root open>
        <RadixDialog.Portal>
          <div className="lock-backdrop" aria-hidden="true" />
          <RadixDialog.Content
            ref={contentRef}
            className="lock-screen"
            aria-modal="true"
            aria-describedby="lock-description"
            onOpenAutoFocus={(event) => {
              event.preventDefault();
              (passwordRef.current ?? contentRef.current?.querySelector<HTMLElement>('button'))?.focus();
            }}
            onCloseAutoFocus={(event) => event.preventDefault()}
            onEscapeKeyDown={(event) => event.preventDefault()}
            onPointerDownOutside={(event) => event.preventDefault()}
            onInteractOutside={(event) => event.preventDefault()}
          >
            <LockedAway />
            <RadixDialog.Title asChild>
              <h1 className="lock-title">Rep Console is locked</h1>
            </RadixDialog.Title>
            <div id="lock-description" className="lock-description">
              <p>
                Signed in as <strong>{name}</strong>
                {user ? ` (${ROLE_NAMES[user.role]})` : ''}.
              </p>
              <p>{lock?.reason === 'manual' ? 'The console was locked on request.' : 'The console locked itself after a while without input.'} Member records stay hidden until you unlock.</p>
            </div>
            {isProvider ? (
              <ProviderUnlock />
            ) : (
              <form className="lock-form" onSubmit={(event) => void handleSubmit(event)} noValidate>
                <label className="field">
                  <span className="field-label">Password</span>
                  <input ref={passwordRef} name="password" type="password" autoComplete="current-password" aria-invalid={error ? true : undefined} aria-describedby={error ? ERROR_ID : undefined} />
                </label>
                {/* Never disabled while busy: disabling the focused button would drop focus to <body>. */}
                <button type="submit" className="button button-primary" aria-disabled={isUnlocking || undefined}>
                  Unlock
                </button>
              </form>
            )}
            {/* Always in the page (empty until needed), so what appears in them is announced. */}
            <div className="lock-messages">
              <LockCallStatus />
              <p id={ERROR_ID} role="alert" className={error ? 'form-error' : undefined}>
                {error ?? ''}
              </p>
              <p role="status">{isUnlocking ? (isProvider ? 'Finish signing in in your browser…' : 'Checking…') : ''}</p>
            </div>
            <p className="lock-other-user">
              Not {name}?{' '}
              <button type="button" className="button button-small" onClick={() => void signOut()}>
                Sign out
              </button>{' '}
              (this ends {name}&apos;s session).
            </p>
          </RadixDialog.Content>
        </RadixDialog.Portal>
      </RadixDialog.Root>
      <ReturnFocus to={returnFocusTo} />
    </>
  );
}
