/**
 * The idle lock (automatic log-off): after the policy's idle time without input the console locks and
 * main refuses member reads and changes until the same user proves it is them again. Never while a
 * call is connected or on hold: the idle time starts again when the call ends.
 *
 * Every decision compares the wall clock with the last input: Node's timers stop while the computer
 * sleeps, so the timer only wakes the check; input arriving after a long sleep first locks, then counts.
 */
import type { User } from '../../shared/domain/session';
import { AppFailure } from '../../shared/ipc/result';
import type { LockState, UnlockInput } from '../../shared/ipc/views';

export type LockReason = 'idle' | 'manual';
export type UnlockMethod = LockState['unlockMethod'];
/** Proves who is at the desk again (password or identity provider); resolves with who that is. */
export type Reauthenticate = (input: UnlockInput, signedIn: User) => Promise<User>;
/** What survives a restart: the last input and the lock, if any (idle-lock-marker.ts keeps it sealed). */
export interface LockSnapshot {
  readonly lastInputAt: number;
  readonly locked: { readonly at: number; readonly reason: LockReason } | null;
}

export interface IdleLock {
  current(): LockState;
  /** Input from the rep; ignored while locked. */
  reportActivity(): void;
  /** Seconds since the last input anywhere on the computer (the Electron host asks the OS). */
  reportSystemIdle(idleSeconds: number): void;
  /** The call changed: a connected or held call holds the lock off, and its end restarts the idle time. */
  callsChanged(): void;
  lock(reason: LockReason): LockState;
  unlock(input: UnlockInput): Promise<LockState>;
  /** Throws CONSOLE_LOCKED while locked. */
  assertUnlocked(): void;
  /** A session began or ended: unlocked, with the idle time counted from now. */
  reset(): void;
  close(): void;
}

export interface IdleLockDeps {
  readonly idleSeconds: number;
  readonly unlockMethod: UnlockMethod;
  readonly isCallInProgress: () => boolean;
  /** Null when nobody is signed in: there is nothing to lock. */
  readonly signedInUser: () => User | null;
  readonly reauthenticate: Reauthenticate;
  readonly onChanged: (state: LockState) => void;
  /** Best-effort audit of each lock and unlock. */
  readonly onAudit?: (kind: 'console_locked' | 'console_unlocked', detail: string) => void;
  /**
   * The state the previous run left (null: none that can be trusted, which counts as locked). A lock
   * restored this way holds for whoever resumes the session silently, until a sign-in proves who it is.
   */
  readonly restore?: () => LockSnapshot | null;
  /** Saves the state: at once on every lock and unlock, and the last input at most every half minute. */
  readonly persist?: (snapshot: LockSnapshot) => void;
  readonly now?: () => number;
}

/** The timer wakes at least this often, so a sleep or a long-blocked loop is noticed soon after. */
const MAX_CHECK_MS = 15_000;
/** How stale the saved last input may get: a restart may lock up to this much early. */
const PERSIST_INPUT_MS = 30_000;
export const CONSOLE_LOCKED_MESSAGE = 'The console is locked. Unlock it to see or change member records.';
const WRONG_PASSWORD_MESSAGE = 'That password is not right. The console stays locked.';

/** Creates the lock with its idle clock running: unlocked, unless what `restore` says keeps it locked. */
export function createIdleLock(deps: IdleLockDeps): IdleLock {
  const now = deps.now ?? Date.now;
  const idleMs = deps.idleSeconds * 1000;
  let lastInputAt = now();
  /** `userId` null: restored from a previous run, for whoever resumes that run's session. */
  let locked: { at: number; reason: LockReason; userId: string | null } | null = null;
  let wasInCall = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let isClosed = false;
  let persistedAt = 0;

  if (deps.restore) {
    const before = deps.restore();
    const isIdlePast = before !== null && before.locked === null && now() - before.lastInputAt >= idleMs;
    if (before === null) locked = { at: now(), reason: 'idle', userId: null };
    else if (before.locked) locked = { ...before.locked, userId: null };
    else if (isIdlePast) locked = { at: before.lastInputAt + idleMs, reason: 'idle', userId: null };
  }

  function persist(): void {
    persistedAt = now();
    deps.persist?.({ lastInputAt, locked: locked ? { at: locked.at, reason: locked.reason } : null });
  }

  const view = (): LockState =>
    locked
      ? { isLocked: true, lockedAt: new Date(locked.at).toISOString(), reason: locked.reason, unlockMethod: deps.unlockMethod }
      : { isLocked: false, lockedAt: null, reason: null, unlockMethod: deps.unlockMethod };

  function setLocked(next: typeof locked): void {
    locked = next;
    persist();
    deps.onChanged(view());
  }

  /** A lock belongs to the session it was made in: sign-out or another user's sign-in ends it. */
  function followSession(): User | null {
    const user = deps.signedInUser();
    if (locked && locked.userId === null) {
      // Restored: the session resumed silently is the one that was locked (or left idle).
      // (A sign-in adopts it too, for a moment: the guard resets the lock once the sign-in is done.)
      if (user) locked.userId = user.id;
    } else if (locked && locked.userId !== user?.id) {
      lastInputAt = now();
      setLocked(null);
    }
    return user;
  }

  function stopTimer(): void {
    if (timer) clearTimeout(timer);
    timer = null;
  }

  /** No timer runs while locked: only an unlock, a sign-out or another sign-in ends a lock. */
  function schedule(delayMs: number): void {
    stopTimer();
    if (isClosed || locked) return;
    timer = setTimeout(check, Math.max(0, Math.min(delayMs, MAX_CHECK_MS)));
    timer.unref?.();
  }

  function lockNow(reason: LockReason, userId: string): void {
    setLocked({ at: now(), reason, userId });
    stopTimer();
    const minutes = Math.round(deps.idleSeconds / 60);
    deps.onAudit?.('console_locked', reason === 'idle' ? `Locked after ${minutes >= 1 ? `${minutes} min` : `${deps.idleSeconds} s`} without input` : 'Locked by the user');
  }

  /** Locks when the idle time is up; otherwise wakes again when it would be. */
  function check(): void {
    const user = followSession();
    if (locked) return stopTimer();
    if (!user || deps.isCallInProgress()) {
      // Nobody to lock, or a caller on the line: the idle time starts when that ends.
      lastInputAt = now();
      return schedule(MAX_CHECK_MS);
    }
    const remaining = lastInputAt + idleMs - now();
    if (remaining <= 0) return lockNow('idle', user.id);
    schedule(remaining);
  }

  /** Input counts only after the check: input after a night's sleep must not undo the lock the night earned. */
  function input(at: number): void {
    check();
    if (locked) return;
    lastInputAt = Math.max(lastInputAt, at);
    if (now() - persistedAt >= PERSIST_INPUT_MS) persist();
    check();
  }

  check();
  return {
    current() {
      followSession();
      return view();
    },
    reportActivity: () => input(now()),
    reportSystemIdle: (idleSeconds) => input(now() - Math.max(0, idleSeconds) * 1000),
    callsChanged() {
      const isInCall = deps.isCallInProgress();
      if (isInCall || wasInCall) lastInputAt = now();
      wasInCall = isInCall;
      check();
    },
    lock(reason) {
      const user = followSession();
      if (!user) throw new AppFailure('NOT_SIGNED_IN', 'Nobody is signed in, so there is nothing to lock.');
      if (!locked) lockNow(reason, user.id);
      return view();
    },
    async unlock(input) {
      const user = followSession();
      if (!user) throw new AppFailure('NOT_SIGNED_IN', 'Your session has ended. Sign in again.');
      if (!locked) return view();
      if (input.method !== deps.unlockMethod) {
        throw new AppFailure('INVALID_INPUT', deps.unlockMethod === 'provider' ? 'This console unlocks through your company sign-in.' : 'This console unlocks with your password.');
      }
      let proved: User;
      try {
        proved = await deps.reauthenticate(input, user);
      } catch (error) {
        // A wrong password is not the end of the session (which would clear the screen): it stays locked.
        const isWrongPassword = input.method === 'password' && error instanceof AppFailure && (error.code === 'NOT_SIGNED_IN' || error.code === 'INVALID_INPUT');
        if (isWrongPassword && deps.signedInUser()?.id === user.id) throw new AppFailure('UNLOCK_REFUSED', WRONG_PASSWORD_MESSAGE);
        throw error;
      }
      if (proved.id !== user.id) {
        throw new AppFailure('DIFFERENT_USER', `Only ${user.displayName} can unlock this console. Anyone else signs out first, which ends ${user.displayName}'s session.`);
      }
      if (followSession()?.id !== user.id) throw new AppFailure('NOT_SIGNED_IN', 'Your session has ended. Sign in again.');
      if (locked) {
        lastInputAt = now();
        setLocked(null);
        check();
        deps.onAudit?.('console_unlocked', input.method === 'provider' ? 'Unlocked through the identity provider' : 'Unlocked with the password');
      }
      return view();
    },
    assertUnlocked() {
      // Nobody signed in: the handler's own NOT_SIGNED_IN is the true answer (a restored lock waits for a session).
      if (followSession() && locked) throw new AppFailure('CONSOLE_LOCKED', CONSOLE_LOCKED_MESSAGE);
    },
    reset() {
      lastInputAt = now();
      wasInCall = false;
      if (locked) setLocked(null);
      else persist();
      check();
    },
    close() {
      isClosed = true;
      stopTimer();
      persist();
    },
  };
}
