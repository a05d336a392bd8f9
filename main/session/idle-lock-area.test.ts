/**
 * The idle lock in the real console services against a real sandbox: what main refuses while locked,
 * what it still does (call state, notes autosave), and unlocking with the password at the backend.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestSandbox, type TestSandbox } from '../../sandbox/testing/start-test-sandbox';
import { isEligibleAt, pickMembers } from '../../sandbox/testing/pick-members';
import { openDatabase } from '../../sandbox/database/open-database';
import type { MemberProfile } from '../../shared/domain/member-profile';
import type { InvokeChannel } from '../../shared/ipc/contract';
import { createMemoryLogger } from '../hosts/testing/create-memory-logger';
import { createInvokeDispatcher } from '../ipc/create-invoke-dispatcher';
import { startInteractionConsole, type InteractionConsole } from '../interactions/testing/start-interaction-console';

let sandbox: TestSandbox;
let member: MemberProfile;
const running: InteractionConsole[] = [];

beforeAll(async () => {
  sandbox = await startTestSandbox({ members: 60 });
  member = pickMembers(sandbox.sandbox.dbPath, isEligibleAt('northstar', 2026))[0]!;
});
afterAll(() => sandbox.stop());
afterEach(async () => {
  await Promise.all(running.splice(0).map((c) => c.services.close()));
});

/** A console signed in as rep1 on a call with the member open, and its IPC path as the renderer uses it. */
async function onACall() {
  const c = startInteractionConsole(sandbox.sandbox.url);
  running.push(c);
  await c.h['session:sign-in']({ username: 'rep1', password: 'sandbox' });
  c.ring('lock-1');
  c.feed('connected', 'lock-1');
  await c.h['members:open']({ memberId: member.member.memberId });
  const dispatcher = createInvokeDispatcher({ handlers: c.h, isTrustedSender: () => true, logger: createMemoryLogger().logger });
  const ipc = (channel: InvokeChannel, input?: unknown) => dispatcher.dispatch(channel, input, { origin: 'app://rep-console' });
  return { c, ipc };
}

/** The sandbox's audit trail after entry `afterSeq`: the lock entries (oldest first) and the last seq. */
function auditTrail(afterSeq = 0): { lockEntries: unknown[]; lastSeq: number } {
  const db = openDatabase(sandbox.sandbox.dbPath, { purpose: 'inspect' });
  try {
    const lockEntries = db.prepare("SELECT user_id, action, detail FROM audit_entries WHERE seq > ? AND action LIKE 'console_%' ORDER BY seq").all(afterSeq);
    const lastSeq = db.prepare<[], number>('SELECT coalesce(max(seq), 0) FROM audit_entries').pluck().get() ?? 0;
    return { lockEntries, lastSeq };
  } finally {
    db.close();
  }
}

describe('the idle lock in main', () => {
  it('refuses member reads and changes while locked, and keeps the call, the notes and the session going', async () => {
    const { c, ipc } = await onACall();
    const id = member.member.memberId;
    const interaction = await c.h['interactions:get-current'](undefined);
    const told = c.next('session:lock-changed');
    expect(await c.h['session:lock'](undefined)).toMatchObject({ isLocked: true, reason: 'manual', unlockMethod: 'password' });
    expect(await told).toMatchObject({ isLocked: true, reason: 'manual' });

    const refused = [
      await ipc('members:open', { memberId: id }),
      await ipc('members:search', { by: 'memberId', memberId: id }),
      await ipc('members:list-recent'),
      await ipc('members:reveal-mbi', { memberId: id }),
      await ipc('interactions:get-current'),
      await ipc('participation:opt-in', { actionId: randomUUID(), memberId: id, request: { planYear: 2026, channel: 'phone', requestedOn: sandbox.sandbox.asOf, authorizedBy: { kind: 'member' } } }),
    ];
    for (const result of refused) expect(result).toEqual({ ok: false, error: { code: 'CONSOLE_LOCKED', message: 'The console is locked. Unlock it to see or change member records.' } });

    // What a locked console still needs: the call bar, and the notes the rep was typing when it locked.
    expect(await ipc('calls:get-state')).toMatchObject({ ok: true, value: { call: { callId: 'lock-1', phase: 'connected' } } });
    const saved = await ipc('interactions:save-notes', { interactionId: interaction!.id, notes: 'Member asked about the July bill' });
    expect(saved, JSON.stringify(saved)).toMatchObject({ ok: true });
    expect(await ipc('session:get-current')).toMatchObject({ ok: true, value: { user: { id: 'rep1' } } });
    await c.h['session:unlock']({ method: 'password', password: 'sandbox' });
    expect(await c.h['interactions:get-current'](undefined)).toMatchObject({ notes: 'Member asked about the July bill' });
  });

  it('stays locked on a wrong password, unlocks with the right one, and the same session reads members again', async () => {
    const { c, ipc } = await onACall();
    const { lastSeq } = auditTrail();
    await c.h['session:lock'](undefined);
    expect(await ipc('session:unlock', { method: 'password', password: 'not-it' })).toEqual({
      ok: false,
      error: { code: 'UNLOCK_REFUSED', message: 'That password is not right. The console stays locked.' },
    });
    expect(await ipc('session:get-lock-state')).toMatchObject({ ok: true, value: { isLocked: true } });
    const session = c.services.handlers['session:get-current'];
    const before = await session(undefined);

    const told = c.next('session:lock-changed');
    expect(await ipc('session:unlock', { method: 'password', password: 'sandbox' })).toMatchObject({ ok: true, value: { isLocked: false, lockedAt: null, reason: null } });
    expect(await told).toMatchObject({ isLocked: false });
    expect(await session(undefined)).toEqual(before);
    expect(await ipc('members:open', { memberId: member.member.memberId })).toMatchObject({ ok: true, value: { member: { memberId: member.member.memberId } } });
    // Recorded at the backend, best-effort: who locked, and how they proved it was them again.
    await expect.poll(() => auditTrail(lastSeq).lockEntries, { timeout: 5_000, interval: 50 }).toEqual([
      { user_id: 'rep1', action: 'console_locked', detail: 'Locked by the user' },
      { user_id: 'rep1', action: 'console_unlocked', detail: 'Unlocked with the password' },
    ]);
  });

  it('refuses a malformed unlock with a clear message and never crashes', async () => {
    const { c, ipc } = await onACall();
    await c.h['session:lock'](undefined);
    expect(await ipc('session:unlock', { method: 'password', password: '' })).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: 'Enter your password.' } });
    expect(await ipc('session:unlock', { method: 'magic' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await ipc('session:get-lock-state')).toMatchObject({ ok: true, value: { isLocked: true } });
  });

  it('ends the lock with the session: signing out, or another rep signing in at the desk, leaves nothing locked for them', async () => {
    const { c, ipc } = await onACall();
    await c.h['session:lock'](undefined);
    const unlocked = c.next('session:lock-changed', (state) => !state.isLocked);
    await ipc('session:sign-out');
    await unlocked;
    await ipc('session:sign-in', { username: 'rep2', password: 'sandbox' });
    expect(await ipc('session:get-lock-state')).toMatchObject({ ok: true, value: { isLocked: false } });

    await c.h['session:lock'](undefined);
    await ipc('session:sign-in', { username: 'rep1', password: 'sandbox' });
    expect(await ipc('members:open', { memberId: member.member.memberId })).toMatchObject({ ok: true });
  });

  it('keeps its state across a restart, sealed: closed unlocked it comes back unlocked; killed while locked, edited or deleted, it comes back locked until someone signs in', async () => {
    const first = startInteractionConsole(sandbox.sandbox.url);
    await first.h['session:sign-in']({ username: 'rep1', password: 'sandbox' });
    await first.services.close();
    const file = join(first.userDataDir, 'session', 'idle-lock.bin');
    expect(statSync(file).mode & 0o777).toBe(0o600);

    const restart = async (change: () => void) => {
      change();
      const c = startInteractionConsole(sandbox.sandbox.url, { userDataDir: first.userDataDir });
      running.push(c);
      return { c, isLocked: (await c.h['session:get-lock-state'](undefined)).isLocked };
    };
    const unlocked = await restart(() => undefined);
    expect(unlocked.isLocked).toBe(false);
    await unlocked.c.h['session:sign-in']({ username: 'rep1', password: 'sandbox' });
    await unlocked.c.h['session:lock'](undefined);
    await running.pop()!.services.close();
    expect((await restart(() => undefined)).isLocked).toBe(true);
    await running.pop()!.services.close();
    expect((await restart(() => writeFileSync(file, Buffer.from(readFileSync(file).map((byte, i) => (i === 20 ? byte ^ 1 : byte)))))).isLocked).toBe(true);
    await running.pop()!.services.close();
    const last = await restart(() => rmSync(file));
    expect(last.isLocked).toBe(true);
    await last.c.h['session:sign-in']({ username: 'rep1', password: 'sandbox' });
    expect(await last.c.h['session:get-lock-state'](undefined)).toMatchObject({ isLocked: false });
  });
});
