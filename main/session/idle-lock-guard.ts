/**
 * The lock's gate over the handler table: while the console is locked every channel is refused with
 * CONSOLE_LOCKED except the few a locked console still needs (the session, the call controls, notes
 * autosave, the rep's own state, settings that hold no member data). Refusing by default means a
 * channel added later is locked too until someone decides it is safe.
 */
import type { InvokeChannel } from '../../shared/ipc/contract';
import type { InvokeHandlers } from '../ipc/handlers';
import type { IdleLock } from './idle-lock';

/** Whole areas a locked console keeps: signing in, out and unlocking; answering, holding, hanging up. */
const OPEN_AREAS = ['session:', 'calls:'] as const;
/** Single channels that carry no member data, or that save what the rep already typed (notes). */
const OPEN_CHANNELS: ReadonlySet<InvokeChannel> = new Set<InvokeChannel>([
  'app:get-status',
  'program:get-settings',
  'clients:get-rules',
  'softphone:get-link',
  'interactions:save-notes',
  'interactions:set-agent-state',
  // The update's version and progress, and the floor board letting go of its feed: nothing of a member.
  'updates:get-state',
  'floor:close',
]);

/** Starting a keypad card capture is part of taking a payment: it waits for the unlock like the payment. */
const CLOSED_CHANNELS: ReadonlySet<InvokeChannel> = new Set<InvokeChannel>(['calls:start-secure-capture']);

/** True for the channels that work while the console is locked. */
export function isAllowedWhileLocked(channel: InvokeChannel): boolean {
  if (CLOSED_CHANNELS.has(channel)) return false;
  return OPEN_CHANNELS.has(channel) || OPEN_AREAS.some((area) => channel.startsWith(area));
}

/** A sign-in (password or provider) or a sign-out starts the next session unlocked, its idle time from now. */
function isSessionBoundary(channel: InvokeChannel): boolean {
  return channel.startsWith('session:sign-in') || channel === 'session:sign-out';
}

/** Wraps every handler: refused while locked unless allowed; session boundaries reset the lock. */
export function guardWhileLocked(handlers: InvokeHandlers, lock: IdleLock): InvokeHandlers {
  const guarded: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const [name, handler] of Object.entries(handlers) as [InvokeChannel, (input: unknown) => Promise<unknown>][]) {
    const isOpen = isAllowedWhileLocked(name);
    const isBoundary = isSessionBoundary(name);
    guarded[name] = async (input) => {
      if (!isOpen) lock.assertUnlocked();
      const result = await handler(input);
      if (isBoundary) lock.reset();
      return result;
    };
  }
  return guarded as InvokeHandlers;
}
