import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { User } from '../../shared/domain/session';
import { AppFailure } from '../../shared/ipc/result';
import type { LockState } from '../../shared/ipc/views';
import { createIdleLock, type IdleLock, type LockSnapshot, type Reauthenticate } from './idle-lock';

const REP1: User = { id: 'rep1', displayName: 'Jordan Alvarez', role: 'rep' };
const REP2: User = { id: 'rep2', displayName: 'Priya Shah', role: 'rep' };
const IDLE_SECONDS = 600;
const seconds = (n: number) => n * 1000;

/** A lock on the fake clock, with a call and a session the test moves, and what the screen was told. */
function setup(options: { reauthenticate?: Reauthenticate; restored?: LockSnapshot | null; user?: User | null } = {}) {
  const world = { isInCall: false, user: options.user === undefined ? REP1 : options.user };
  const saved: LockSnapshot[] = [];
  const told: LockState[] = [];
  const audited: string[] = [];
  const lock: IdleLock = createIdleLock({
    idleSeconds: IDLE_SECONDS,
    unlockMethod: 'password',
    isCallInProgress: () => world.isInCall,
    signedInUser: () => world.user,
    reauthenticate: options.reauthenticate ?? (async (_input, user) => user),
    onChanged: (state) => told.push(state),
    onAudit: (kind) => audited.push(kind),
    ...(options.restored !== undefined ? { restore: () => options.restored ?? null } : {}),
    persist: (snapshot) => saved.push(snapshot),
  });
  return { world, told, audited, saved, lock };
}

let open: IdleLock[] = [];
beforeEach(() => {
  vi.useFakeTimers();
  open = [];
});
afterEach(() => {
  open.forEach((lock) => lock.close());
  vi.useRealTimers();
});

function started(options?: Parameters<typeof setup>[0]) {
  const s = setup(options);
  open.push(s.lock);
  return s;
}

describe('the idle lock', () => {
  it('locks after the idle time without input, says so once, and refuses member work with CONSOLE_LOCKED', () => {
    const { lock, told, audited } = started();
    vi.advanceTimersByTime(seconds(IDLE_SECONDS) - 1);
    expect(lock.current().isLocked).toBe(false);
    vi.advanceTimersByTime(1);
    expect(lock.current()).toMatchObject({ isLocked: true, reason: 'idle', lockedAt: new Date(Date.now()).toISOString() });
    vi.advanceTimersByTime(seconds(3600));
    expect(told.map((s) => s.isLocked)).toEqual([true]);
    expect(audited).toEqual(['console_locked']);
    expect(() => lock.assertUnlocked()).toThrow(expect.objectContaining({ code: 'CONSOLE_LOCKED' }));
  });

  it('starts the idle time again with every input', () => {
    const { lock } = started();
    vi.advanceTimersByTime(seconds(IDLE_SECONDS - 10));
    lock.reportActivity();
    vi.advanceTimersByTime(seconds(IDLE_SECONDS - 1));
    expect(lock.current().isLocked).toBe(false);
    vi.advanceTimersByTime(seconds(1));
    expect(lock.current().isLocked).toBe(true);
  });

  it('never locks while a call is connected or on hold, and counts the idle time from the end of the call', () => {
    const { lock, world } = started();
    vi.advanceTimersByTime(seconds(IDLE_SECONDS - 5));
    world.isInCall = true;
    lock.callsChanged();
    vi.advanceTimersByTime(seconds(3 * 3600));
    lock.reportSystemIdle(3 * 3600);
    expect(lock.current().isLocked).toBe(false);
    world.isInCall = false;
    lock.callsChanged();
    vi.advanceTimersByTime(seconds(IDLE_SECONDS) - 1);
    expect(lock.current().isLocked).toBe(false);
    vi.advanceTimersByTime(1);
    expect(lock.current().isLocked).toBe(true);
  });

  it('locks on the first input after the computer slept through the idle time (timers stop during sleep)', () => {
    const { lock } = started();
    vi.setSystemTime(Date.now() + seconds(8 * 3600));
    lock.reportActivity();
    expect(lock.current()).toMatchObject({ isLocked: true, reason: 'idle' });
  });

  it('ignores input while locked: only an unlock opens it', () => {
    const { lock } = started();
    lock.lock('manual');
    lock.reportActivity();
    lock.reportSystemIdle(0);
    expect(lock.current()).toMatchObject({ isLocked: true, reason: 'manual' });
  });

  it('locks on request even during a call', () => {
    const { lock, world } = started();
    world.isInCall = true;
    lock.callsChanged();
    expect(lock.lock('manual')).toMatchObject({ isLocked: true, reason: 'manual' });
  });

  it('counts input anywhere on the computer, as the OS reports it: the idle time runs from the last of it', () => {
    const { lock } = started();
    vi.advanceTimersByTime(seconds(IDLE_SECONDS - 10));
    lock.reportSystemIdle(2);
    vi.advanceTimersByTime(seconds(IDLE_SECONDS - 2) - 1);
    expect(lock.current().isLocked).toBe(false);
    lock.reportSystemIdle(IDLE_SECONDS);
    vi.advanceTimersByTime(1);
    expect(lock.current().isLocked).toBe(true);
  });

  it('stays locked on a wrong password, with a message that says so, and unlocks on the right one', async () => {
    const reauthenticate: Reauthenticate = async (input, user) => {
      if (input.method === 'password' && input.password === 'sandbox') return user;
      throw new AppFailure('NOT_SIGNED_IN', 'The user name or password is wrong.');
    };
    const { lock, told, audited } = started({ reauthenticate });
    lock.lock('manual');
    await expect(lock.unlock({ method: 'password', password: 'wrong' })).rejects.toMatchObject({ code: 'UNLOCK_REFUSED', message: 'That password is not right. The console stays locked.' });
    expect(lock.current().isLocked).toBe(true);
    expect(await lock.unlock({ method: 'password', password: 'sandbox' })).toMatchObject({ isLocked: false, lockedAt: null, reason: null });
    expect(() => lock.assertUnlocked()).not.toThrow();
    expect(told.map((s) => s.isLocked)).toEqual([true, false]);
    expect(audited).toEqual(['console_locked', 'console_unlocked']);
  });

  it('does not let a different user unlock: they must sign out, which ends the session', async () => {
    const { lock } = started({ reauthenticate: async () => REP2 });
    lock.lock('manual');
    await expect(lock.unlock({ method: 'password', password: 'sandbox' })).rejects.toMatchObject({ code: 'DIFFERENT_USER', message: expect.stringContaining('Only Jordan Alvarez can unlock') });
    expect(lock.current().isLocked).toBe(true);
  });

  it('refuses an unlock by a method IT did not choose', async () => {
    const { lock } = started();
    lock.lock('manual');
    await expect(lock.unlock({ method: 'provider' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect(lock.current().isLocked).toBe(true);
  });

  it('ends with the session: signed out it is unlocked and never locks; the next session starts its idle time afresh', () => {
    const { lock, world } = started();
    lock.lock('idle');
    world.user = null;
    expect(lock.current().isLocked).toBe(false);
    vi.advanceTimersByTime(seconds(5 * IDLE_SECONDS));
    expect(lock.current().isLocked).toBe(false);
    world.user = REP2;
    lock.reset();
    vi.advanceTimersByTime(seconds(IDLE_SECONDS) - 1);
    expect(lock.current().isLocked).toBe(false);
    vi.advanceTimersByTime(1);
    expect(lock.current().isLocked).toBe(true);
  });

  describe('across a restart', () => {
    it('saves every lock and unlock at once, and the last input at most every half minute', async () => {
      const { lock, saved } = started();
      const count = saved.length;
      for (let i = 0; i < 20; i += 1) {
        vi.advanceTimersByTime(seconds(2));
        lock.reportActivity();
      }
      expect(saved.length - count).toBeLessThanOrEqual(2);
      lock.lock('manual');
      expect(saved.at(-1)).toEqual({ lastInputAt: expect.any(Number), locked: { at: Date.now(), reason: 'manual' } });
      await lock.unlock({ method: 'password', password: 'sandbox' });
      expect(saved.at(-1)?.locked).toBeNull();
    });

    it('comes back locked for whoever resumes the session, when the last run ended locked, idle, or left nothing to trust', () => {
      const now = Date.now();
      const cases: (LockSnapshot | null)[] = [
        { lastInputAt: now - seconds(30), locked: { at: now - seconds(20), reason: 'manual' } },
        { lastInputAt: now - seconds(IDLE_SECONDS + 1), locked: null },
        null,
      ];
      for (const restored of cases) {
        const { lock, world } = started({ restored, user: null });
        expect(lock.current().isLocked).toBe(true);
        world.user = REP1;
        expect(lock.current().isLocked).toBe(true);
        expect(() => lock.assertUnlocked()).toThrow(expect.objectContaining({ code: 'CONSOLE_LOCKED' }));
        // A sign-in (password or provider) proves who it is: the restored lock ends there.
        lock.reset();
        expect(lock.current().isLocked).toBe(false);
      }
    });

    it('comes back unlocked after a restart within the idle time', () => {
      const { lock, world } = started({ restored: { lastInputAt: Date.now() - seconds(60), locked: null }, user: null });
      world.user = REP1;
      expect(lock.current().isLocked).toBe(false);
    });
  });
});
